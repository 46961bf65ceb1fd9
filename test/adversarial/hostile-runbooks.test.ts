import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_BODY, checkLines, count, hostileFolder, NEIGHBOUR, adversarialSuite, TARGET, writeRunbook } from "./hostile-content.ts";

// Frontmatter and body arrive by pull request: folder names, URLs, dates, links and the MDX body
// are each held to what the site can publish safely, and `npm run check` names file and field
// (and, in the body, the line).
adversarialSuite("hostile runbooks");

const FILE = `${TARGET}/index.mdx`;

const FOLDER_NAMES = ["Bad_Name", "UPPER", "a--b", "-leading", "trailing-", "with space", "dots.in.name", "unicod\u00e9", "a_b", ".hidden"];

describe("runbook folder names", () => {
  it.each(FOLDER_NAMES)("refuses a folder named %j, which is not a slug", (name) => {
    count("folder names that are not slugs");
    const lines = checkLines(hostileFolder({ files: ({ root }) => writeRunbook(root, name) }));
    expect(lines).toEqual([
      `${name}: folder name "${name}" is not a slug: use lowercase words joined by single hyphens, e.g. cuda-out-of-memory`,
    ]);
  });
});

const URL_FIELDS: [string, (fm: Record<string, any>) => void, string][] = [
  ["an http:// source", (fm) => (fm.sources[0].url = "http://github.com/open-compass/opencompass/issues/832"), "sources[0].url"],
  ["an http:// example source", (fm) => (fm.examples[0].source = "http://example.com/report"), "examples[0].source"],
  ["a javascript: pin source", (fm) => (fm.pins[0].source = "javascript:alert(document.cookie)"), "pins[0].source"],
  ["a data: fix source", (fm) => (fm.fixes[0].source = "data:text/html,<script>alert(1)</script>"), "fixes[0].source"],
  [
    "an ftp:// wrong-advice link",
    (fm) => (fm.wrong = [{ id: "w", claim: "c", why: "w", seenIn: "ftp://example.com/x" }]),
    "wrong[0].seenIn",
  ],
  ["a file:// source", (fm) => (fm.sources[0].url = "file:///etc/passwd"), "sources[0].url"],
  ["an https:// without a host", (fm) => (fm.sources[0].url = "https://"), "sources[0].url"],
  ["a protocol-relative source", (fm) => (fm.sources[0].url = "//evil.example/x"), "sources[0].url"],
];

describe("URLs in the frontmatter", () => {
  it.each(URL_FIELDS)("refuses %s", (_, change, field) => {
    count("links that are not https://");
    expect(checkLines(hostileFolder({ frontmatter: change }))).toEqual([`${FILE}: ${field}: must be an https:// URL`]);
  });
});

const DATES: [string, string][] = [
  ["2026-13-45", "month 13, day 45"],
  ["2026-02-30", "a day February never has"],
  ["2023-02-29", "a leap day in a common year"],
  ["0000-00-00", "month and day zero"],
  ["2026-00-10", "month zero"],
  ["2026-04-31", "a 31st in a 30-day month"],
];
const MALFORMED_DATES = ["2026-1-5", "yesterday", "20261130", "2026/11/30"];

describe("dates", () => {
  it.each(DATES)("refuses verified: %s (%s)", (day) => {
    count("dates that are not real days");
    expect(checkLines(hostileFolder({ frontmatter: (fm) => (fm.verified = day) }))).toEqual([
      `${FILE}: verified: ${day} is not a real date (month 01-12, a day that month has)`,
    ]);
  });

  it.each(MALFORMED_DATES)("refuses an example's date %j, which is not written YYYY-MM-DD", (day) => {
    count("dates that are not real days");
    expect(checkLines(hostileFolder({ frontmatter: (fm) => (fm.examples[1].date = day) }))).toEqual([
      `${FILE}: examples[1].date: must be a date written YYYY-MM-DD`,
    ]);
  });

  it("accepts a real leap day", () => {
    expect(checkLines(hostileFolder({ frontmatter: (fm) => (fm.verified = "2024-02-29") }))).toEqual([]);
  });
});

/** Bodies the MDX compiler refuses: each would break astro build. */
const UNCOMPILABLE: [string, string][] = [
  ["a version range in prose", 'the message says "(<0.43.1) requires CUDA".'],
  ["a placeholder in angle brackets", "Error(s) in loading state_dict for <Class>: missing keys"],
  ["an unclosed brace", "a dict such as {'a': 1 in prose"],
  ["an HTML comment", "<!-- a note to reviewers -->"],
  ["an unclosed element", "<div>\n\nopened and never closed"],
  ["a JavaScript syntax error in braces", "{1 +}"],
  ["an autolink in angle brackets", "<https://github.com/huggingface/transformers>"],
];

/** Bodies that compile but are code (build time or the reader's page). */
const CODE_IN_BODY: [string, string, RegExp][] = [
  ["an expression reading the build's environment", "{process.env.GITHUB_TOKEN}", /is a JavaScript expression that runs at build time/],
  ["an expression in running text", "Set it to {globalThis.secret} now.", /is a JavaScript expression that runs at build time/],
  ["an import", 'import fs from "node:fs"', /import\/export is code that runs at build time/],
  ["an export", 'export const leak = "x"', /import\/export is code that runs at build time/],
  ["a script element", "<script>alert(1)</script>", /<script> is not allowed in a body/],
  ["an image with an event handler", '<img src="x" onError="alert(1)" />', /<img> is not allowed in a body/],
  ["an iframe", '<iframe src="https://evil.example/" />', /<iframe> is not allowed in a body/],
  ["an event handler on a heading", '<h3 id="x" onClick="alert(1)">x</h3>', /<h3> may carry only id, not onClick/],
  ["an id computed at build time", "<h3 id={process.env.HOME}>x</h3>", /<h3 id> must be a quoted string, not an expression/],
  ["a spread of props", "<h3 {...props}>x</h3>", /<h3> may carry only id, not a spread/],
  ["a style element", "<style>{`body { display: none }`}</style>", /<style> is not allowed in a body/],
  ["a javascript: href on a link element", '<a href="javascript:alert(1)">x</a>', /"javascript:alert\(1\)" is not allowed/],
];

describe("an MDX body", () => {
  it.each(UNCOMPILABLE)("that does not compile (%s) is refused at its line in the file", (_, hostile) => {
    count("MDX bodies that do not compile");
    const folder = hostileFolder({ body: `${BASE_BODY}\n${hostile}\n` });
    const line = lineOf(folder.dir, hostile.split("\n")[0]!);
    const lines = checkLines(folder);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${FILE}:${line}: body: MDX does not compile \\(column \\d+\\): `));
  });

  it.each(CODE_IN_BODY)("that holds code (%s) is refused at its line", (_, hostile, message) => {
    count("code in an MDX body");
    const folder = hostileFolder({ body: `${BASE_BODY}\n${hostile}\n` });
    const lines = checkLines(folder);
    expect(lines.some((l) => l.startsWith(`${FILE}:${lineOf(folder.dir, hostile)}: body: `) && message.test(l))).toBe(true);
  });

  it("may escape a brace and an angle bracket, and quote code in backticks", () => {
    const body = `${BASE_BODY}\nA literal \\{ and \\< in prose, \`<Class>\` and \`{'a': 1}\` in code.\n`;
    expect(checkLines(hostileFolder({ body }))).toEqual([]);
  });
});

/** Links that point nowhere the build writes, in every form Markdown and MDX allow. */
const BROKEN_LINKS: [string, string, RegExp][] = [
  ["an inline link to a missing runbook", "[x](/runbooks/no-such-runbook/)", /links \/runbooks\/no-such-runbook\/, which does not exist/],
  [
    "a titled link to a missing runbook",
    '[x](/runbooks/no-such-runbook/ "title")',
    /links \/runbooks\/no-such-runbook\/, which does not exist/,
  ],
  ["a single-quoted title", "[x](/runbooks/no-such-runbook/ 'title')", /links \/runbooks\/no-such-runbook\/, which does not exist/],
  ["a reference-style link", "[x][ref]\n\n[ref]: /runbooks/no-such-runbook/", /links \/runbooks\/no-such-runbook\/, which does not exist/],
  [
    "a collapsed reference",
    "[ref][]\n\n[ref]: /runbooks/no-such-runbook/#fixes",
    /links \/runbooks\/no-such-runbook\/, which does not exist/,
  ],
  ["a reference without a definition", "[x][missing]", /reference \[missing\] has no definition/],
  ["a single-quoted href", "<a href='/runbooks/no-such-runbook/'>x</a>", /links \/runbooks\/no-such-runbook\/, which does not exist/],
  [
    "an anchor the neighbour lacks",
    `[x](/runbooks/${NEIGHBOUR}/#fix-no-such-fix)`,
    /links #fix-no-such-fix, which \/runbooks\/neighbour-runbook\/ does not have/,
  ],
  [
    "a pin anchor the neighbour lacks",
    `[x](/runbooks/${NEIGHBOUR}/#pin-nope 'pins')`,
    /links #pin-nope, which \/runbooks\/neighbour-runbook\/ does not have/,
  ],
  ["a same-page anchor that does not exist", "[x](#no-such-section)", /links #no-such-section, which this page does not have/],
  ["a same-page wrong-advice anchor", "[x](#wrong-none)", /links #wrong-none, which this page does not have/],
  ["a section that is not on this page", "[x](#related-none)", /links #related-none, which this page does not have/],
  ["a runbook without its trailing slash", `[x](/runbooks/${NEIGHBOUR})`, /without its trailing slash/],
  ["a file the site does not serve", `[x](/runbooks/${NEIGHBOUR}/repro.py)`, /which the site does not serve/],
  ["a page the site does not have", "[x](/no-such-page/)", /links \/no-such-page\/, which is not a page of this site/],
  ["a relative link", "[x](../neighbour-runbook/)", /is not allowed: links must be https:\/\//],
  ["an empty fragment", "[x](#)", /an empty # links nowhere/],
];

/** Links that leave the site by another way than https://. */
const UNSAFE_LINKS: [string, string][] = [
  ["javascript:", "[x](javascript:alert(1))"],
  ["JavaScript: in mixed case", "[x](JaVaScRiPt:alert(1))"],
  ["data:", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
  ["vbscript:", "[x](vbscript:msgbox(1))"],
  ["http://", "[x](http://example.com/)"],
  ["a bare www. address (an http:// autolink)", "see www.example.com for details"],
  ["protocol-relative //", "[x](//evil.example/)"],
  ["a backslash host", "[x](/\\evil.example/)"],
  ["a reference to javascript:", "[x][r]\n\n[r]: javascript:alert(1)"],
  ["an image from http://", "![x](http://evil.example/pixel.png)"],
  ["mailto:", "[x](mailto:someone@example.com)"],
];

describe("links in a body", () => {
  it.each(BROKEN_LINKS)("refuses %s", (_, link, message) => {
    count("broken internal links and anchors");
    const lines = checkLines(hostileFolder({ body: `${BASE_BODY}\n${link}\n` }));
    expect(lines.some((l) => l.startsWith(`${FILE}:`) && message.test(l))).toBe(true);
  });

  it.each(UNSAFE_LINKS)("refuses a %s link", (_, link) => {
    count("javascript:, data: and other non-https links");
    const lines = checkLines(hostileFolder({ body: `${BASE_BODY}\n${link}\n` }));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.startsWith(`${FILE}:`) && / body: /.test(l))).toBe(true);
  });

  it("accepts links to a neighbour's fix, to a heading of this body, to a served file and to a page", () => {
    const body = `${BASE_BODY}\nSee [its fix](/runbooks/${NEIGHBOUR}/#fix-upgrade), [above](#why-it-happens), [the pins](#pins), [match](/match/) and [a report](https://github.com/a/b/issues/1 "t").\n`;
    expect(checkLines(hostileFolder({ body }))).toEqual([]);
  });

  it("refuses a body id that another element of the page already has", () => {
    count("broken internal links and anchors");
    const lines = checkLines(hostileFolder({ body: `${BASE_BODY}\n<h3 id="fixes">Again</h3>\n` }));
    expect(lines).toEqual([expect.stringMatching(/: body: id "fixes" is already used on this page; ids must be unique$/)]);
  });
});

/** The same links, in the frontmatter fields the page renders as Markdown. */
const FIELD_LINKS: [string, (fm: Record<string, any>) => void, string][] = [
  ["fix steps with javascript:", (fm) => (fm.fixes[0].steps = "Click [here](javascript:alert(1))."), "fixes[0].steps"],
  ["fix steps with data:", (fm) => (fm.fixes[0].steps = "[x](data:text/html,hi)"), "fixes[0].steps"],
  ["wrong[].why with a broken anchor", (fm) => (fm.wrong = [{ id: "w", claim: "c", why: "See [x](#fix-none)." }]), "wrong[0].why"],
  [
    "a claim with a reference to javascript:",
    (fm) => (fm.wrong = [{ id: "w", claim: "[x][r]\n\n[r]: javascript:x", why: "w" }]),
    "wrong[0].claim",
  ],
  [
    "a case with a missing runbook",
    (fm) => (fm.fixes[0].when = { signatures: ["mmap-needs-path"], case: "[x](/runbooks/nope/)" }),
    "fixes[0].when.case",
  ],
  ["a hardware note with http://", (fm) => (fm.hardware.notes = ["[x](http://example.com)"]), "hardware.notes[0]"],
  [
    "a pin note with a titled link to a missing anchor",
    (fm) => (fm.pins[0].note = `[x](/runbooks/${NEIGHBOUR}/#pin-none "t")`),
    "pins[0].note",
  ],
  ["a cost with vbscript:", (fm) => (fm.fixes[0].cost = "[x](vbscript:x)"), "fixes[0].cost"],
];

describe("links in Markdown fields", () => {
  it.each(FIELD_LINKS)("refuses %s, naming the field", (_, change, field) => {
    count("links in Markdown fields (javascript:, data:, broken)");
    const lines = checkLines(hostileFolder({ frontmatter: change }));
    expect(lines.some((l) => l.startsWith(`${FILE}: ${field}: `))).toBe(true);
  });
});

function lineOf(dir: string, text: string): number {
  const lines = readFileSync(join(dir, "index.mdx"), "utf8").split("\n");
  const index = lines.findIndex((l) => l.includes(text));
  expect(index).toBeGreaterThanOrEqual(0);
  return index + 1;
}
