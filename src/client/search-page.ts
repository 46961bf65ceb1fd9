// The search page: Pagefind with error-message-aware fallbacks, filters and keyboard navigation.
import { pagefind, searchErrors, type PagefindHit } from "./pagefind.ts";

const form = document.querySelector<HTMLFormElement>("#search-form")!;
const input = document.querySelector<HTMLInputElement>("#search-q")!;
const status = document.querySelector<HTMLElement>("#search-status")!;
const list = document.querySelector<HTMLOListElement>("#search-results")!;
const filterBox = document.querySelector<HTMLElement>("#search-filters")!;
const FILTERS = { framework: "Framework", exception: "Exception", package: "Package" } as const;

async function setUpFilters() {
  const available = await (await pagefind()).filters();
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
  const text = input.value.trim();
  const mine = ++generation;
  const found = text ? await searchErrors(text, chosenFilters()) : undefined;
  if (mine !== generation) return;
  list.replaceChildren(...(found?.hits ?? []).map(renderResult));
  status.textContent = !text
    ? ""
    : !found
      ? "No runbook found. Try the exception's name, or paste the whole traceback into the matcher."
      : found.query === text
        ? `${found.total} runbook${found.total === 1 ? "" : "s"}`
        : `No runbook has every word you searched; showing ${found.total} for “${found.query}”`;
  document.body.dataset.searched = String(mine);
}

function renderResult(data: PagefindHit) {
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
