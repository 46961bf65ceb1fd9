/**
 * Stack traces from other languages. tracebook's runbooks cover Python ML failures; a Java or
 * Go trace pasted into the matcher deserves to be told so, and where such a trace is answered,
 * rather than an invitation to write a runbook. Only consulted when nothing matched, and never
 * when the paste shows Python frames (a Python traceback that quotes a C++ frame is in scope) or
 * llama.cpp's own lines.
 */
export type Language = "JavaScript" | "Java" | "Go" | "Rust" | "C++";

export interface ForeignTrace {
  language: Language;
  /** 1-based line of the first line that shows it. */
  line: number;
  text: string;
  /** Where such a trace is answered, in a sentence. */
  where: string;
}

const MARKERS: { language: Language; lines: RegExp[]; where: string }[] = [
  {
    language: "Java",
    lines: [
      /^Exception in thread "[^"]*" [\w$.]+/,
      /^\s*at [\w$.<>]+\([\w$]+\.(?:java|kt|scala|groovy):\d+\)\s*$/,
      /^\s*\.\.\. \d+ more\s*$/,
      // A JVM exception's qualified name: lowercase package segments, which Python's never print.
      /^\s*(?:Caused by: )?(?:java|javax|kotlin|android|org|com|io|net)\.(?:[a-z]\w*\.)+[A-Z]\w*(?:Exception|Error)\b/,
    ],
    where: "Ask the tracker of the Java application or library named in the first “at” line (its package name says whose code it is).",
  },
  {
    language: "JavaScript",
    lines: [
      /^\s*at (?:async )?(?:[\w$.<>[\] ]+ )?\(?(?:file:\/\/|node:|webpack:|https?:\/\/|\/|[A-Za-z]:\\)[^()]*:\d+:\d+\)?\s*$/,
      /^\s*at (?:async )?[\w$.<>[\] ]+ \([^()]*\.(?:m?js|cjs|ts|tsx|jsx):\d+:\d+\)\s*$/,
      /^Uncaught (?:\w+Error|\w+Exception)\b/,
      // A browser console's frames: Chrome's "name @ url:line" (a WebAssembly frame's offset in hex), Firefox's "name@url:line:col".
      /^\s*[\w$.<>[\]]+ @ \S+:(?:\d+(?::\d+)?|0x[0-9a-f]+)\s*$/,
      /^[\w$.<>]*@(?:https?|file|blob|webpack|moz-extension):\/\/\S*:\d+:\d+\s*$/,
    ],
    where:
      "Ask the tracker of the app or package that printed it (an Electron app such as LM Studio, or the Node package named in the frames).",
  },
  {
    language: "Go",
    lines: [
      /^panic: /,
      /^goroutine \d+ (?:\S+ )*\[[^\]]+\]:\s*$/,
      // A frame: file.go:line, then "+0x…" (a runtime trace) or "(0x…)" (a recovered panic's stack).
      /^\s*\S+\.go:\d+(?: \+0x[0-9a-f]+| \(0x[0-9a-f]+\))?(?:\s|$)/,
    ],
    where: "Ask the Go program's tracker (Ollama, for one, is written in Go: its GitHub issues).",
  },
  {
    language: "Rust",
    lines: [
      /^thread '[^']*' panicked at /,
      /^note: run with `RUST_BACKTRACE=(?:1|full)`/,
      /^\s*\d+: (?:std|core|alloc)::/,
      // A Rust program's own output, trace or not: env_logger's default line, cargo's, a binary cargo built,
      // and the error a `main` that returns Err prints in its Debug form (`Error: ModelError("…")`, `Error: Io { … }`).
      /^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z\s+(?:ERROR|WARN|INFO|DEBUG|TRACE)\b[^\]]*\] /,
      /^\s*Finished `\w+` profile \[[\w + ]+\] target\(s\) in /,
      /(?:^|[\s/`])target\/(?:release|debug)\/[\w.-]+/,
      /^Error: [A-Z]\w*(?:\("| \{ )/,
    ],
    where: "Ask the tracker of the Rust program, or of the crate whose source file a panic names.",
  },
  {
    language: "C++",
    lines: [
      /^terminate called after throwing an instance of /,
      /^#\d+\s+0x[0-9a-f]+ in \S/,
      /Segmentation fault \(core dumped\)|Aborted \(core dumped\)/,
    ],
    where:
      "If a Python program crashed, run it again with python -X faulthandler to get the Python stack, and paste that here; otherwise ask the native library's tracker.",
  },
];

/**
 * A Python frame, or llama.cpp's own report (its assert macro, its loaders' log lines): either keeps a paste
 * in scope whatever else it quotes, since runbooks cover llama.cpp as well as Python (a gdb backtrace under
 * a GGML_ASSERT is llama.cpp's to explain, not another language's).
 */
const IN_SCOPE = /^\s*File "[^"]+", line \d+|GGML_ASSERT|^\s*(?:llama|gguf|ggml)_\w+: /;
/** Lines longer than this are not stack frames; skipping them keeps the scan cheap on a 10 MB log. */
const MAX_LINE = 500;

export function foreignTrace(text: string): ForeignTrace | undefined {
  const counts = new Map<Language, { count: number; line: number; text: string }>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > MAX_LINE) continue;
    if (IN_SCOPE.test(line)) return undefined;
    for (const m of MARKERS) {
      if (!m.lines.some((re) => re.test(line))) continue;
      const seen = counts.get(m.language);
      if (seen) seen.count++;
      else counts.set(m.language, { count: 1, line: i + 1, text: line.trim() });
    }
  }
  let best: ForeignTrace | undefined;
  let most = 0;
  for (const m of MARKERS) {
    const seen = counts.get(m.language);
    if (seen && seen.count > most) {
      most = seen.count;
      best = { language: m.language, line: seen.line, text: seen.text, where: m.where };
    }
  }
  return best;
}
