// The search page: Pagefind's JS API with error-message-aware fallbacks, filters and keyboard navigation.
import { searchQueries } from "../search/queries.ts";

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const form = document.querySelector<HTMLFormElement>("#search-form")!;
const input = document.querySelector<HTMLInputElement>("#search-q")!;
const status = document.querySelector<HTMLElement>("#search-status")!;
const list = document.querySelector<HTMLOListElement>("#search-results")!;
const filterBox = document.querySelector<HTMLElement>("#search-filters")!;
const FILTERS = { framework: "Framework", exception: "Exception", package: "Package" } as const;

// The index is the site's own /pagefind/ bundle; the path is built at run time so the bundler leaves it alone.
const pagefindUrl = ["", "pagefind", "pagefind.js"].join("/");
const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ pagefindUrl).then(async (pf: Pagefind) => {
  await pf.options({ highlightParam: "highlight" });
  return pf;
});

async function setUpFilters() {
  const available = await (await pagefind).filters();
  for (const [key, label] of Object.entries(FILTERS)) {
    const values = Object.keys(available[key] ?? {}).sort();
    if (values.length === 0) continue;
    const select = Object.assign(document.createElement("select"), { name: key });
    select.append(new Option("All", ""), ...values.map((v) => new Option(v, v)));
    const wrap = document.createElement("label");
    wrap.append(label, select);
    filterBox.append(wrap);
    select.addEventListener("change", () => void run());
  }
}

function chosenFilters(): Record<string, string> {
  const chosen: Record<string, string> = {};
  for (const select of filterBox.querySelectorAll("select")) if (select.value) chosen[select.name] = select.value;
  return chosen;
}

let generation = 0;
async function run() {
  const text = input.value;
  const mine = ++generation;
  const queries = searchQueries(text);
  if (queries.length === 0) {
    list.replaceChildren();
    status.textContent = "";
    return;
  }
  const pf = await pagefind;
  for (const query of queries) {
    const { results } = await pf.search(query, { filters: chosenFilters() });
    if (mine !== generation) return;
    if (results.length === 0) continue;
    const shown = await Promise.all(results.slice(0, 10).map((r) => r.data()));
    if (mine !== generation) return;
    list.replaceChildren(...shown.map(renderResult));
    status.textContent =
      query === text.trim()
        ? `${results.length} runbook${results.length === 1 ? "" : "s"}`
        : `No runbook has every word you searched; showing ${results.length} for “${query}”`;
    document.body.dataset.searched = String(mine);
    return;
  }
  list.replaceChildren();
  status.textContent = "No runbook found. Try the exception's name, or paste the whole traceback into the matcher.";
  document.body.dataset.searched = String(mine);
}

function renderResult(data: { url: string; excerpt: string; meta: Record<string, string> }) {
  const li = document.createElement("li");
  const a = Object.assign(document.createElement("a"), {
    href: data.url,
    textContent: data.meta.title ?? data.url,
    className: "result-link",
  });
  const p = document.createElement("p");
  // Pagefind's excerpt is escaped page text with <mark> around the hits.
  p.innerHTML = data.excerpt;
  li.append(a, p);
  return li;
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  history.replaceState(null, "", `?q=${encodeURIComponent(input.value)}`);
  void run();
});
let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 200);
});

// Arrow keys move between the input and the results, as in a command palette.
document.addEventListener("keydown", (e) => {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
  const links = [input, ...list.querySelectorAll<HTMLAnchorElement>("a.result-link")];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  e.preventDefault();
  links[Math.max(0, Math.min(links.length - 1, at + (e.key === "ArrowDown" ? 1 : -1)))]!.focus();
});

input.value = new URLSearchParams(location.search).get("q") ?? "";
void setUpFilters();
if (input.value) void run();
input.focus();
