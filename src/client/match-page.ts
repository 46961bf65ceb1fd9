// The matcher page: paste or drop a log, see the runbooks that explain it. Presents only:
// the engine (src/matcher) decides, in a worker, and the paste never leaves the browser.
import { MAX_INPUT_BYTES, stripAnsi } from "../matcher/clean.ts";
import { excerpt } from "../matcher/excerpt.ts";
import { BASIS_WORDS, strengthOf } from "../matcher/strength.ts";
import type { Match, MatchResult } from "../matcher/rank.ts";
import type { WorkerReply } from "./match-protocol.ts";
import { searchErrors } from "./pagefind.ts";

const form = document.querySelector<HTMLFormElement>("#match-form")!;
const input = document.querySelector<HTMLTextAreaElement>("#paste")!;
const file = document.querySelector<HTMLInputElement>("#log-file")!;
const status = document.querySelector<HTMLElement>("#match-status")!;
const results = document.querySelector<HTMLElement>("#match-results")!;

const worker = new Worker(new URL("./match-worker.ts", import.meta.url), { type: "module" });
let requestId = 0;
let started = 0;
let pasted: string[] = [];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

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
  render(reply.result);
  say(
    reply.result.matches.length
      ? `${reply.result.matches.length} runbook${reply.result.matches.length > 1 ? "s" : ""} matched (${ms.toFixed(0)} ms).`
      : `No known runbook (${ms.toFixed(0)} ms).`,
  );
  document.body.dataset.matched = String(requestId);
};

function render(result: MatchResult) {
  const items = result.matches.map(renderMatch);
  if (items.length === 0) items.push(renderNoMatch(result));
  if (result.nearMisses.length > 0) {
    items.push(
      el(
        "section",
        { className: "near-misses" },
        el("h2", {}, "Near misses"),
        el("p", { className: "muted" }, "These runbooks look similar but something in your log contradicts them:"),
        el("ul", {}, ...result.nearMisses.map((n) => el("li", {}, el("a", { href: n.url }, n.title), ` (line ${n.line}): ${n.reason}`))),
      ),
    );
  }
  results.replaceChildren(...items);
}

function renderMatch(match: Match, rank: number) {
  const lines = excerpt(
    pasted.map((l) => stripAnsi(l)),
    match.evidence.map((e) => e.line),
  );
  const pre = el("pre", { className: "excerpt" });
  for (const l of lines) {
    if (!l) {
      pre.append(el("span", { className: "gap" }, "…\n"));
      continue;
    }
    const text = `${String(l.line).padStart(6)}  ${l.text}\n`;
    pre.append(l.matched ? el("mark", {}, text) : text);
  }
  const verdicts = match.versions;
  return el(
    "article",
    { className: "card result" },
    el("h2", {}, el("a", { href: match.url }, `${rank + 1}. ${match.title}`)),
    el(
      "p",
      {},
      el("strong", {}, `${strengthOf(match)} (${Math.round(match.confidence * 100)}%)`),
      ` · rests on ${BASIS_WORDS[match.basis]} · ${match.cause}`,
    ),
    el(
      "p",
      {},
      match.fix.because.length ? "Fix that fits this log: " : "Fix to try first: ",
      el("a", { href: match.fix.url }, match.fix.title),
      match.fix.because.length ? ` (because ${match.fix.because.join(" and ")})` : "",
    ),
    el("p", { className: "muted" }, `Lines that matched (${match.evidence.map((e) => `${e.line}: ${e.kind}`).join(", ")}):`),
    pre,
    ...(verdicts.length
      ? [
          el("h3", {}, "Your versions"),
          el(
            "ul",
            {},
            ...verdicts.map((v) =>
              el("li", {}, `${v.message} `, ...v.pins.map((p) => el("span", { className: `badge ${p.evidence}` }, p.evidence))),
            ),
          ),
        ]
      : []),
  );
}

function renderNoMatch(result: MatchResult) {
  const last = result.exceptions[result.exceptions.length - 1];
  const query = last ? `${last.type.split(".").pop()}: ${last.message}`.slice(0, 160) : "";
  const found = el("ol", { className: "search-hits" });
  const search = el("button", { type: "button" }, "Search the runbooks for this message");
  // Searching loads the site's search index; it runs only when asked, so matching itself stays offline.
  search.addEventListener("click", async () => {
    search.disabled = true;
    const hits = await searchErrors(query, {}, 5);
    found.replaceChildren(
      ...(hits?.hits.map((h) => el("li", {}, el("a", { href: h.url }, h.meta.title ?? h.url))) ?? [
        el("li", {}, "No runbook mentions it either."),
      ]),
    );
    search.disabled = false;
  });
  return el(
    "section",
    { className: "card no-match" },
    el("h2", {}, "No known runbook"),
    el(
      "p",
      {},
      last ? `tracebook has no runbook for the failure it found on line ${last.line}: ` : "No Python exception was found in this paste.",
      ...(last ? [el("code", {}, query)] : []),
    ),
    ...(last ? [el("p", {}, search), found] : []),
    el("p", {}, "Know the cause? ", el("a", { href: "/contribute/" }, "Contribute a runbook"), " from this traceback."),
  );
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(input.value), 250);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  void run(input.value);
});

async function readFile(f: File) {
  if (f.size > MAX_INPUT_BYTES) {
    say(`${f.name} is ${(f.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB.`);
    return;
  }
  const text = await f.text();
  // Show only the head of a big file in the box; the matcher gets all of it.
  input.value =
    text.length > 200_000 ? `${text.slice(0, 200_000)}\n… (${f.name}: ${(f.size / 1024 / 1024).toFixed(1)} MB, shown in part)` : text;
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
