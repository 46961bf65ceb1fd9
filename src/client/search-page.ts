// The search page: Pagefind with error-message-aware fallbacks, filters and keyboard navigation.
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
// A one-line input drops a pasted traceback's line breaks, and the parser needs them: keep the
// text as pasted (or as ?q= gave it) while the box still shows that text.
let multiline = "";
const flatten = (text: string) => text.replace(/\r?\n/g, "");
input.addEventListener("paste", (e) => {
  const pasted = e.clipboardData?.getData("text/plain") ?? "";
  multiline = pasted.includes("\n") ? pasted : "";
});

const currentText = () => (multiline && input.value === flatten(multiline) ? multiline : input.value);

async function run() {
  const text = currentText().trim();
  const mine = ++generation;
  const found = text ? await searchErrors(text, chosenFilters(), PAGE) : undefined;
  if (mine !== generation) return;
  current = found;
  list.replaceChildren(...(found?.hits ?? []).map(renderResult));
  showMore();
  status.textContent = !text
    ? ""
    : !found
      ? "No runbook found. Try the exception's name, or paste the whole traceback into the matcher."
      : found.query === text
        ? `${found.total} runbook${found.total === 1 ? "" : "s"}${found.terms === text ? "" : ` (searched for “${found.terms}”, the most telling words)`}`
        : `No runbook has every word you searched; showing ${found.total} for “${found.query}”`;
  document.body.dataset.searched = String(mine);
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
  history.replaceState(null, "", `?q=${encodeURIComponent(currentText())}`);
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

const asked = new URLSearchParams(location.search).get("q") ?? "";
input.value = asked;
if (asked.includes("\n")) multiline = asked;
void setUpFilters();
if (input.value) void run();
input.focus();
