// The one script every page loads (kept small: it counts against each runbook page's 5 kB).
// Copy controls, code blocks' copy buttons, the "/" shortcut, the contents list and the
// search boxes, which pass their words to /search/ in the URL fragment: a fragment never
// leaves the browser, so a pasted error is not written into any request or server log.

const copyStatus = document.getElementById("copy-status");

// "/" jumps to the search box from anywhere but a text field.
document.addEventListener("keydown", (e) => {
  const t = e.target as Element;
  if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || t.closest("input,textarea,select,[contenteditable]")) return;
  e.preventDefault();
  // The search page has no header box: its own takes the key.
  (document.getElementById("site-search-q") ?? document.getElementById("search-q"))?.focus();
});

document.addEventListener("submit", (e) => {
  const form = (e.target as Element).closest<HTMLFormElement>("form[data-search-form]");
  if (!form) return;
  e.preventDefault();
  const q = (form.elements.namedItem("q") as HTMLInputElement).value.trim();
  location.assign(`/search/#q=${encodeURIComponent(q)}`);
});

// Each code block gets a bar above it for its copy button, so the button never covers the code
// and stays put when a long line scrolls.
for (const pre of document.querySelectorAll("main article pre, main .prose pre")) {
  const block = document.createElement("div");
  block.className = "code-block";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "copy copy-code";
  button.dataset.copyCode = "";
  button.textContent = "Copy code";
  const bar = document.createElement("div");
  bar.className = "code-bar";
  bar.append(button);
  pre.before(block);
  block.append(bar, pre);
}

// A table wider than a phone scrolls sideways (global.css); one that does takes focus, so a keyboard can scroll it.
// Again on each resize: a phone turned upright or a narrowed window makes a table scroll that did not at load.
const tables = [...document.querySelectorAll<HTMLElement>("main table")].filter((t) => !t.closest(".table-scroll"));
const focusScrolling = () => {
  for (const t of tables) {
    if (t.scrollWidth > t.clientWidth) t.tabIndex = 0;
    else t.removeAttribute("tabindex");
  }
};
if (tables.length) {
  focusScrolling();
  addEventListener("resize", focusScrolling);
}

async function copy(button: HTMLButtonElement) {
  const code = button.dataset.copyCode !== undefined ? button.closest(".code-block")?.querySelector<HTMLElement>("pre code") : null;
  const text = code ? code.innerText : (button.dataset.copyText ?? location.origin + location.pathname + button.dataset.copyLink);
  const label = button.textContent;
  let said: string;
  try {
    await navigator.clipboard.writeText(text);
    said = code ? "Code copied." : button.dataset.copyText !== undefined ? "Copied as Markdown." : `Link copied: ${text}`;
    button.textContent = "Copied";
    setTimeout(() => (button.textContent = label), 1500);
  } catch {
    said = "Copying failed: your browser did not allow it. Select the text and copy it instead.";
  }
  if (copyStatus) copyStatus.textContent = said;
}

document.addEventListener("click", (e) => {
  const button = (e.target as Element).closest<HTMLButtonElement>("button[data-copy-link],button[data-copy-text],button[data-copy-code]");
  if (button) void copy(button);
});

// "On this page" is open where the sidebar has room, folded on a phone (and folds again after a jump).
const contents = document.querySelector<HTMLDetailsElement>(".toc details");
if (contents) {
  const wide = matchMedia("(min-width: 64rem)");
  const fit = () => (contents.open = wide.matches);
  fit();
  wide.addEventListener("change", fit);
  contents.addEventListener("click", (e) => {
    if (!wide.matches && (e.target as Element).closest("a")) contents.open = false;
  });
}
