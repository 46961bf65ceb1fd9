// The matcher page: paste or drop a log, see the runbooks that explain it. Presents only:
// the engine (src/matcher) decides, in a worker, and the paste never leaves the browser. No link
// this page makes carries words of the paste in a query string: searching happens here, and the
// search page is reached with the words in the URL fragment, which is never sent.
import { MAX_INPUT_BYTES, stripAnsi } from "../matcher/clean.ts";
import { excerpt } from "../matcher/excerpt.ts";
import type { Possibility } from "../matcher/frames-only.ts";
import type { Match, MatchResult, NearMiss } from "../matcher/rank.ts";
import { matchReply, possibilitiesReply } from "../matcher/reply.ts";
import { BASIS_WORDS, strengthOf, type Strength } from "../matcher/strength.ts";
import { templateInWords } from "../site/template-words.ts";
import { el, inlineCode } from "./dom.ts";
import type { ForeignTrace } from "./foreign-trace.ts";
import type { WorkerReply } from "./match-protocol.ts";
import { searchErrors } from "./pagefind.ts";
import { scopeOf } from "./scope.ts";

const form = document.querySelector<HTMLFormElement>("#match-form")!;
const input = document.querySelector<HTMLTextAreaElement>("#paste")!;
const file = document.querySelector<HTMLInputElement>("#log-file")!;
const status = document.querySelector<HTMLElement>("#match-status")!;
const results = document.querySelector<HTMLElement>("#match-results")!;
const example = document.querySelector<HTMLTemplateElement>("#example-log")!;
const issues = form.dataset.issues!;
// Replies link the site's public origin (Astro's `site`, fed by TRACEBOOK_SITE), as the runbook pages' replies do.
const origin = new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href).origin;

const worker = new Worker(new URL("./match-worker.ts", import.meta.url), { type: "module" });
let requestId = 0;
let started = 0;
let pasted: string[] = [];
// After a paste, a file or the example (not while typing), bring the answer into view if it is below the screen (a phone).
let reveal = false;

function say(text: string) {
  status.textContent = text;
}

async function run(text: string) {
  const bytes = new Blob([text]).size;
  if (bytes > MAX_INPUT_BYTES) {
    say(
      `This paste is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB. Paste the part around the traceback.`,
    );
    results.replaceChildren();
    return;
  }
  if (!text.trim()) {
    say("");
    results.replaceChildren();
    return;
  }
  const id = ++requestId;
  started = performance.now();
  pasted = text.split(/\r?\n/);
  say(`Reading ${(bytes / 1024).toFixed(0)} kB…`);
  worker.postMessage({ kind: "match", id, text });
}

const PHASES = { parsing: "Finding exceptions…", loading: "Loading the signatures for these exceptions…", ranking: "Ranking runbooks…" };

worker.onmessage = (event: MessageEvent<WorkerReply>) => {
  const reply = event.data;
  if (reply.id !== requestId) return; // a newer paste superseded this one
  if (reply.kind === "progress") {
    say(PHASES[reply.phase]);
    return;
  }
  if (reply.kind === "error") {
    say(`Could not load the signature data (${reply.message}). Check the connection and press Match again.`);
    document.body.dataset.matched = String(requestId);
    return;
  }
  const ms = performance.now() - started;
  const { result, foreign } = reply;
  render(result, foreign);
  if (reveal && status.getBoundingClientRect().top > innerHeight * 0.6) status.scrollIntoView({ block: "start" });
  reveal = false;
  const n = result.matches.length;
  say(
    n
      ? `${n} runbook${n > 1 ? "s" : ""} matched (${ms.toFixed(0)} ms).`
      : result.possibilities.length
        ? `No match: the log ends before the error message (${ms.toFixed(0)} ms).`
        : `No known runbook (${ms.toFixed(0)} ms).`,
  );
  document.body.dataset.matched = String(requestId);
};

function render(result: MatchResult, foreign: ForeignTrace | undefined) {
  const items: Node[] = result.matches.map(renderMatch);
  if (items.length === 0)
    items.push(
      result.possibilities.length > 0
        ? renderPossibilities(result.possibilities)
        : foreign
          ? renderForeign(foreign)
          : renderNoMatch(result),
    );
  if (result.nearMisses.length > 0) items.push(renderNearMisses(result.nearMisses));
  results.replaceChildren(...items);
}

const STRENGTH_CLASS: Record<Strength, string> = { strong: "strong", "partial evidence": "partial", "frames only": "frames" };

function strengthBadge(strength: Strength, confidence?: number) {
  const words = strength.charAt(0).toUpperCase() + strength.slice(1);
  return el(
    "span",
    { className: `strength ${STRENGTH_CLASS[strength]}` },
    confidence === undefined ? words : `${words} · ${Math.round(confidence * 100)}%`,
  );
}

function copyButton(label: string, text: string) {
  const button = el("button", { type: "button", className: "copy" }, label);
  button.dataset.copyText = text;
  return button;
}

/** The pasted lines around the evidence, the evidence marked, with their line numbers. */
function excerptOf(lines: number[]) {
  const pre = el("pre", { className: "excerpt", tabIndex: 0 });
  for (const l of excerpt(
    pasted.map((t) => stripAnsi(t)),
    lines,
  )) {
    if (!l) {
      pre.append(el("span", { className: "gap" }, "…\n"));
      continue;
    }
    const text = `${String(l.line).padStart(6)}  ${l.text}\n`;
    pre.append(l.matched ? el("mark", {}, text) : text);
  }
  return pre;
}

function renderMatch(match: Match, rank: number) {
  const strength = strengthOf(match);
  const verdicts = match.versions;
  return el(
    "article",
    { className: `card result ${STRENGTH_CLASS[strength]}` },
    el(
      "p",
      { className: "result-meta" },
      strengthBadge(strength, match.confidence),
      el("span", { className: "muted" }, ` rests on ${BASIS_WORDS[match.basis]}`),
    ),
    el("h2", {}, el("a", { href: match.url }, `${rank + 1}. ${match.title}`)),
    el("p", { className: "cause" }, ...inlineCode(match.cause)),
    el(
      "div",
      { className: "fit" },
      el("p", { className: "fit-label" }, match.fix.because.length ? "The fix that fits this log" : "The fix to try first"),
      el("p", { className: "fit-title" }, el("a", { href: match.fix.url }, ...inlineCode(match.fix.title))),
      ...(match.fix.because.length
        ? [el("p", { className: "muted" }, `Because ${match.fix.because.map(templateInWords).join(" and ")}.`)]
        : []),
    ),
    el(
      "p",
      { className: "actions" },
      copyButton("Copy as issue reply", matchReply(match, origin)),
      el("a", { href: match.url }, "Open the runbook"),
    ),
    el("h3", {}, "The lines it rests on"),
    excerptOf(match.evidence.map((e) => e.line)),
    ...(verdicts.length
      ? [
          el("h3", {}, "Your versions"),
          el(
            "ul",
            { className: "verdicts" },
            ...verdicts.map((v) =>
              el(
                "li",
                { className: v.status },
                `${v.message} `,
                ...v.pins.map((p) => el("span", { className: `badge ${p.evidence}` }, p.evidence)),
              ),
            ),
          ),
        ]
      : [el("p", { className: "muted" }, "No versions in the paste: add pip list output to see whether yours are affected.")]),
  );
}

function renderPossibilities(possibilities: Possibility[]) {
  return el(
    "section",
    { className: "card possibilities" },
    el("p", { className: "result-meta" }, strengthBadge("frames only")),
    el("h2", {}, "Possibly one of these: the log ends before the error message"),
    el(
      "p",
      {},
      el("strong", {}, "Paste the last lines of the log"),
      ", where the exception type and message are: only the message tells these apart. What the traceback's frames suggest:",
    ),
    el(
      "ul",
      {},
      ...possibilities.map((p) =>
        el(
          "li",
          {},
          el("a", { href: p.url }, p.title),
          el(
            "span",
            { className: "muted" },
            ` (frames on line${p.frames.length > 1 ? "s" : ""} ${p.frames.map((f) => f.line).join(", ")})`,
          ),
        ),
      ),
    ),
    excerptOf(possibilities.flatMap((p) => p.frames.map((f) => f.line))),
    el("p", { className: "actions" }, copyButton("Copy as issue reply", possibilitiesReply(possibilities, origin))),
  );
}

function renderForeign(foreign: ForeignTrace) {
  return el(
    "section",
    { className: "card no-match out-of-scope" },
    el("h2", {}, `This comes from a ${foreign.language} program`),
    el(
      "p",
      {},
      `Line ${foreign.line} shows it: `,
      el("code", {}, foreign.text.slice(0, 200)),
      `. tracebook covers failures of Python ML code (PyTorch, transformers, accelerate, DeepSpeed, vLLM …), so it has no runbook for this. `,
      foreign.where,
    ),
    el(
      "p",
      {},
      "If a Python program printed this while loading or running a model, paste its Python traceback too, or ",
      el("a", { href: issues }, "tell us in the issue tracker"),
      ".",
    ),
  );
}

function renderNoMatch(result: MatchResult) {
  const failures = result.exceptions;
  const last = failures[failures.length - 1];
  const whole = last ? `${last.type.split(".").pop()}: ${last.message}` : "";
  const message = whole.length > 160 ? `${whole.slice(0, 159)}…` : whole;
  const packages = Object.keys(result.environment.packages);
  const read = el(
    "ul",
    { className: "read" },
    el("li", {}, `${pasted.length} line${pasted.length === 1 ? "" : "s"}`),
    el(
      "li",
      {},
      failures.length
        ? `${failures.length} exception${failures.length === 1 ? "" : "s"}: ${failures
            .slice(-3)
            .map((e) => `${e.type} on line ${e.line}`)
            .join(", ")}${failures.length > 3 ? " …" : ""}`
        : "no Python exception",
    ),
    el(
      "li",
      {},
      packages.length ? `versions of ${packages.slice(0, 6).join(", ")}${packages.length > 6 ? " …" : ""}` : "no package versions",
    ),
  );
  const scope = last ? scopeOf(pasted, last.line) : undefined;
  const found = el("ol", { className: "search-hits" });
  const said = el(
    "p",
    {},
    last ? "tracebook has no runbook for the failure on line " : "No Python exception was found in this paste. ",
    ...(last ? [String(last.line), ": ", el("code", {}, message), "."] : ["A traceback's last line names the exception and its message."]),
  );
  const where =
    scope?.kind === "general"
      ? el(
          "p",
          { className: "out-of-scope-note" },
          `Its frames pass through general-purpose libraries only (the deepest is ${scope.package}): this is outside what tracebook covers (failures of loading and running ML models). The issue tracker or documentation of ${scope.package} is the place to ask.`,
        )
      : scope?.kind === "unknown" && scope.package
        ? el(
            "p",
            {},
            `The deepest library in the traceback is ${scope.package}. If it is not an ML library, its issue tracker is the place to ask: tracebook covers failures of loading and running ML models.`,
          )
        : undefined;
  const search = el("button", { type: "button" }, "Search the runbooks for this message");
  // Searching loads the site's search index; it runs only when asked, here, so matching stays offline.
  search.addEventListener("click", async () => {
    search.disabled = true;
    const hits = await searchErrors(message, {}, 5);
    found.replaceChildren(
      ...(hits?.hits.map((h) => el("li", {}, el("a", { href: h.url }, h.meta.title ?? h.url))) ?? [
        el("li", {}, "No runbook mentions it either."),
      ]),
    );
    search.disabled = false;
  });
  return el(
    "section",
    { className: `card no-match${scope?.kind === "general" ? " out-of-scope" : ""}` },
    el("h2", {}, scope?.kind === "general" ? "Outside what tracebook covers" : "No known runbook"),
    el("p", {}, "What was read:"),
    read,
    said,
    ...(where ? [where] : []),
    ...(last
      ? [
          el(
            "p",
            { className: "actions" },
            search,
            el("a", { href: `/search/#q=${encodeURIComponent(message)}` }, "Open it on the search page"),
          ),
          found,
        ]
      : []),
    ...(scope?.kind === "general"
      ? []
      : [
          el(
            "p",
            {},
            "Know the cause? ",
            el("a", { href: "/contribute/" }, "Contribute a runbook"),
            " from this traceback, or ",
            el("a", { href: issues }, "open an issue in tracebook's tracker"),
            " with it.",
          ),
        ]),
  );
}

function renderNearMisses(nearMisses: NearMiss[]) {
  return el(
    "section",
    { className: "near-misses" },
    el("h2", {}, "Near misses"),
    el("p", { className: "muted" }, "These runbooks look similar, but something in your log contradicts them:"),
    el(
      "ul",
      {},
      ...nearMisses.map((n) => el("li", {}, el("a", { href: n.url }, n.title), ` (line ${n.line}): ${templateInWords(n.reason)}`)),
    ),
  );
}

/** Longer text is matched whole but shown in part: a browser takes seconds to lay out megabytes in a text box. */
const SHOWN_CHARS = 200_000;
/** The whole of a big paste or file whose head the box shows; an edit in the box lets it go. */
let whole: string | undefined;

function show(text: string, what: string) {
  whole = text.length > SHOWN_CHARS ? text : undefined;
  input.value = whole
    ? `${text.slice(0, SHOWN_CHARS)}\n… (${what}: ${(text.length / 1024 / 1024).toFixed(1)} MB, shown in part, matched whole)`
    : text;
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener("input", () => {
  whole = undefined;
  clearTimeout(timer);
  timer = setTimeout(() => void run(input.value), 250);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  // Match supersedes the run still waiting on the last keystroke, which would redraw the answer (and drop the
  // keyboard focus of a reader who has tabbed into it) a moment later.
  clearTimeout(timer);
  reveal = true;
  void run(whole ?? input.value);
});
input.addEventListener("paste", (event) => {
  reveal = true;
  const text = event.clipboardData?.getData("text/plain") ?? "";
  if (text.length <= SHOWN_CHARS) return; // the browser pastes it where the cursor is, as usual
  event.preventDefault();
  clearTimeout(timer);
  show(text, "your paste");
  void run(text);
});

document.querySelector("#try-example")!.addEventListener("click", () => {
  show(example.content.textContent ?? "", "the example");
  reveal = true;
  void run(whole ?? input.value);
});

async function readFile(f: File) {
  if (f.size > MAX_INPUT_BYTES) {
    say(`${f.name} is ${(f.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB.`);
    return;
  }
  const text = await f.text();
  show(text, f.name);
  reveal = true;
  void run(text);
}
file.addEventListener("change", () => file.files?.[0] && void readFile(file.files[0]));
input.addEventListener("dragover", (e) => e.preventDefault());
input.addEventListener("drop", (e) => {
  const dropped = e.dataTransfer?.files?.[0];
  if (!dropped) return;
  e.preventDefault();
  void readFile(dropped);
});
