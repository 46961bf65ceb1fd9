// The search page: Pagefind with error-message-aware fallbacks, filters and keyboard navigation.
// The query lives in the URL fragment (#q=…), never the query string: a pasted error stays out of
// every request, server log and Referer header. Pasted text is read in a worker, never here.
import { FRAMEWORKS } from "../schema/vocabulary.ts";
import { el } from "./dom.ts";
import { pagefind, searchErrors, type ErrorSearch, type PagefindHit } from "./pagefind.ts";

const form = document.querySelector<HTMLFormElement>("#search-form")!;
const input = document.querySelector<HTMLInputElement>("#search-q")!;
const status = document.querySelector<HTMLElement>("#search-status")!;
const list = document.querySelector<HTMLOListElement>("#search-results")!;
const filterBox = document.querySelector<HTMLElement>("#search-filters")!;
const moreButton = document.querySelector<HTMLButtonElement>("#search-more")!;
// Each result's excerpt is a fetch of its own: show a few, and more on request.
const PAGE = 4;
let current: ErrorSearch | undefined;
const FILTERS = { framework: "Framework", exception: "Exception", package: "Package", category: "Where it fails" } as const;
// The index holds the frameworks' display names; a ?framework= link may give the vocabulary's key.
const FRAMEWORK_LABELS: Record<string, string> = FRAMEWORKS;

async function setUpFilters() {
  const available = await (await pagefind()).filters();
  const wanted = new URLSearchParams(location.hash.slice(1));
  for (const [key, label] of Object.entries(FILTERS)) {
    const values = Object.keys(available[key] ?? {}).sort((a, b) => a.localeCompare(b));
    if (values.length === 0) continue;
    const select = el("select", { name: key });
    select.append(new Option("All", ""), ...values.map((v) => new Option(`${v} (${available[key]![v]})`, v)));
    const asked = wanted.get(key);
    if (asked) select.value = FRAMEWORK_LABELS[asked] ?? asked;
    filterBox.append(el("label", {}, label, select));
    select.addEventListener("change", () => void run());
  }
}

function chosenFilters(): Record<string, string> {
  const chosen: Record<string, string> = {};
  for (const select of filterBox.querySelectorAll("select")) if (select.value) chosen[select.name] = select.value;
  return chosen;
}

// A traceback pasted into the one-line box: keep it as pasted, with its line breaks, and show
// it flattened. The worker also rebuilds the lines of text that arrives flattened (src/client/unflatten.ts).
let multiline = "";
const flatten = (text: string) => text.replace(/\s*\r?\n\s*/g, " ").trim();
input.addEventListener("paste", (e) => {
  const pasted = e.clipboardData?.getData("text/plain") ?? "";
  if (!pasted.includes("\n")) return;
  e.preventDefault();
  multiline = pasted;
  input.value = flatten(pasted);
  scheduleRun(0);
});
const currentText = () => (multiline && input.value === flatten(multiline) ? multiline : input.value);

// The queries for a text come from a worker; a newer text ends the worker reading an older one.
let worker: Worker | undefined;
let asked = 0;
function queriesFor(text: string): Promise<string[] | undefined> {
  worker?.terminate();
  worker = new Worker(new URL("./search-worker.ts", import.meta.url), { type: "module" });
  const id = ++asked;
  return new Promise((resolve) => {
    worker!.onmessage = (e: MessageEvent<{ id: number; queries: string[] }>) => resolve(e.data.id === id ? e.data.queries : undefined);
    worker!.onerror = () => resolve(undefined);
    worker!.postMessage({ id, text });
  });
}

let generation = 0;
async function run() {
  const text = currentText().trim();
  const mine = ++generation;
  const filters = chosenFilters();
  let found: ErrorSearch | undefined;
  if (text) {
    status.textContent = text.length > 2000 ? `Reading the ${Math.round(text.length / 1024)} kB you pasted…` : "";
    const queries = await queriesFor(text);
    if (mine !== generation) return;
    found = queries ? await searchErrors(text, filters, PAGE, queries) : undefined;
  } else if (Object.keys(filters).length > 0) {
    found = await browse(filters);
  }
  if (mine !== generation) return;
  current = found;
  list.replaceChildren(...(found?.hits ?? []).map(renderResult));
  showMore();
  status.textContent = !text
    ? found
      ? `${found.total} runbook${found.total === 1 ? "" : "s"}`
      : ""
    : !found
      ? "No runbook found. Try the exception's name, or paste the whole traceback into the matcher."
      : found.query === text
        ? `${found.total} runbook${found.total === 1 ? "" : "s"}${found.terms === text ? "" : ` (searched for “${found.terms}”, the most telling words)`}`
        : `No runbook has every word you searched; showing ${found.total} for “${found.query.slice(0, 120)}”`;
  document.body.dataset.searched = String(mine);
}

/** Filters without words: every runbook that carries them. */
async function browse(filters: Record<string, string>): Promise<ErrorSearch | undefined> {
  const { results } = await (await pagefind()).search(null, { filters });
  let shown = 0;
  const more = async (count: number) => {
    const next = results.slice(shown, shown + count);
    shown += next.length;
    return Promise.all(next.map((r) => r.data()));
  };
  return results.length ? { query: "", terms: "", total: results.length, hits: await more(PAGE), more } : undefined;
}

function showMore() {
  const left = current ? current.total - list.children.length : 0;
  moreButton.hidden = left <= 0;
  moreButton.textContent = `Show ${Math.min(PAGE, left)} more of ${left}`;
}

moreButton.addEventListener("click", async () => {
  if (!current) return;
  const search = current;
  const first = list.children.length;
  const hits = await search.more(PAGE);
  if (search !== current) return;
  list.append(...hits.map(renderResult));
  showMore();
  list.querySelectorAll<HTMLAnchorElement>("a.result-link")[first]?.focus();
});

/** A result: the runbook's title, the exception types it covers, and where the words were found. */
function renderResult(data: PagefindHit) {
  const excerpt = el("p", { className: "excerpt" });
  // Pagefind's excerpt is escaped page text with <mark> around the hits.
  excerpt.innerHTML = data.excerpt;
  return el(
    "li",
    { className: "card" },
    el("a", { href: data.url, className: "result-link" }, data.meta.title ?? data.url),
    el(
      "p",
      { className: "result-meta" },
      ...(data.meta.exception ? [el("code", {}, data.meta.exception)] : []),
      ...(data.meta.category ? [el("span", { className: "muted" }, ` · ${data.meta.category}`)] : []),
    ),
    ...(data.meta.summary ? [el("p", {}, data.meta.summary)] : []),
    excerpt,
  );
}

function remember() {
  const text = currentText().trim();
  history.replaceState(null, "", text ? `#q=${encodeURIComponent(text)}` : location.pathname);
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  remember();
  void run();
});
let timer: ReturnType<typeof setTimeout> | undefined;
function scheduleRun(delay: number) {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), delay);
}
input.addEventListener("input", () => scheduleRun(200));

// Arrow keys move between the input and the results, as in a command palette.
document.addEventListener("keydown", (e) => {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
  const links = [input, ...list.querySelectorAll<HTMLAnchorElement>("a.result-link")];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  e.preventDefault();
  links[Math.max(0, Math.min(links.length - 1, at + (e.key === "ArrowDown" ? 1 : -1)))]!.focus();
});

/** The query the URL gives: #q=… (the site's search boxes), or ?q=… from a browser without script, moved to the fragment. */
function fromUrl() {
  const legacy = new URLSearchParams(location.search).get("q");
  if (legacy !== null) history.replaceState(null, "", `${location.pathname}#q=${encodeURIComponent(legacy)}`);
  const q = new URLSearchParams(location.hash.slice(1)).get("q") ?? "";
  multiline = q.includes("\n") ? q : "";
  input.value = multiline ? flatten(q) : q;
}

// The header's search box on this page changes only the fragment.
addEventListener("hashchange", () => {
  fromUrl();
  void run();
});

fromUrl();
void setUpFilters().then(() => (input.value || Object.keys(chosenFilters()).length ? run() : undefined));
input.focus();
