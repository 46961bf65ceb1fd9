import { mdxToJs, mdxToMdast, type MdastNode, type MdxJsxFlowElement, type MdxJsxTextElement } from "satteri";

/** Something in a runbook's MDX body, at a line of the body (1-based). */
export interface BodyFinding {
  line: number;
  message: string;
}

export interface BodyReport {
  /** What the MDX compiler refuses, or what this project refuses in a body. */
  problems: BodyFinding[];
  /** Every link and image target, with its line: inline, titled, reference definitions, <a href>. */
  links: { url: string; line: number }[];
  /** The ids the body puts on the page (<h3 id="...">). */
  ids: { id: string; line: number }[];
}

// The features Astro's MDX build (@astrojs/markdown-satteri) compiles with: GFM and smart punctuation.
const FEATURES = { gfm: true, smartPunctuation: true };

/**
 * The elements a body may use. MDX is JSX: any other element, an {expression} or an
 * import/export is code that runs at build time or on the reader's page, and a body arrives by
 * pull request. Headings carry a stable id (CONTRIBUTING.md: "Body"); links are Markdown.
 */
const ALLOWED_ELEMENTS: Record<string, readonly string[]> = {
  h3: ["id"],
  h4: ["id"],
  a: ["href", "title"],
};

/**
 * Compile a body with the compiler the site build uses (satteri, as @astrojs/markdown-satteri
 * calls it), so a `<` or `{` in prose fails here, with its line, instead of breaking
 * `astro build`; then hold the tree to the elements above and collect its links and ids.
 */
export function checkMdxBody(body: string): BodyReport {
  const report: BodyReport = { problems: [], links: [], ids: [] };
  let tree: MdastNode;
  try {
    mdxToJs(body, { features: FEATURES, jsxImportSource: "astro", elementAttributeNameCase: "html" });
    tree = mdxToMdast(body, { features: FEATURES });
  } catch (error) {
    report.problems.push(compileProblem(error as Error));
    return report;
  }
  const definitions = new Set<string>();
  walk(tree, (node) => {
    if (node.type === "definition") definitions.add(normalizeLabel(String(node.label ?? node.identifier)));
  });
  walk(tree, (node) => {
    const line = (node.position?.start.line as number | undefined) ?? 0;
    switch (node.type) {
      case "link":
      case "image":
      case "definition":
        report.links.push({ url: String(node.url), line });
        break;
      case "text":
        // CommonMark leaves [text][label] as plain text when [label] has no definition: a link that silently is not one.
        for (const label of undefinedReferences(node.value, definitions))
          report.problems.push({
            line,
            message: `reference [${label}] has no definition ([${label}]: https://...), so the link shows as plain text`,
          });
        break;
      case "mdxjsEsm":
        report.problems.push({ line, message: "import/export is code that runs at build time; a body is Markdown and <h3 id> only" });
        break;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        report.problems.push({
          line,
          message: "{...} is a JavaScript expression that runs at build time; write \\{ for a literal brace, or put the text in backticks",
        });
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        checkElement(node, line, report);
        break;
    }
  });
  return report;
}

function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement, line: number, report: BodyReport): void {
  const name = node.name ?? "";
  const allowed = ALLOWED_ELEMENTS[name];
  if (!allowed) {
    report.problems.push({
      line,
      message: `<${name || ">"}> is not allowed in a body (only ${Object.keys(ALLOWED_ELEMENTS)
        .map((n) => `<${n}>`)
        .join(", ")}); put code in backticks`,
    });
    return;
  }
  for (const attribute of node.attributes) {
    const attrName = attribute.type === "mdxJsxAttribute" ? attribute.name : "";
    if (attribute.type !== "mdxJsxAttribute" || !allowed.includes(attrName)) {
      report.problems.push({ line, message: `<${name}> may carry only ${allowed.join(", ")}, not ${attrName || "a spread {...}"}` });
    } else if (typeof attribute.value !== "string") {
      report.problems.push({ line, message: `<${name} ${attrName}> must be a quoted string, not an expression` });
    } else if (attrName === "id") report.ids.push({ id: attribute.value, line });
    else if (attrName === "href") report.links.push({ url: attribute.value, line });
  }
}

/** satteri's message starts "line:column: "; keep the line, say the rest. */
function compileProblem(error: Error): BodyFinding {
  const match = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*([\s\S]*)$/.exec(error.message);
  // Drop satteri's own "(line:column)" repeats: they count from the body, not the file.
  const message = (match ? match[3]! : error.message).split("\n")[0]!.replace(/\s*\(\d+:\d+\)/g, "");
  return {
    line: match ? Number(match[1]) : 0,
    message: `MDX does not compile (column ${match ? match[2] : "?"}): ${message}. A < or { in prose starts JSX or an expression: put it in backticks or write \\< and \\{`,
  };
}

/** The labels of full and collapsed references ([text][label], [label][]) in `text` that `definitions` lacks. */
export function undefinedReferences(text: string, definitions: { has(label: string): boolean }): string[] {
  return [...text.matchAll(/\[([^\]]+)\]\[([^\]]*)\]/g)]
    .map(([, text, label]) => (label || text)!)
    .filter((label) => !definitions.has(normalizeLabel(label)));
}

/** How CommonMark matches a reference to its definition: case-folded, whitespace collapsed. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}

function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  if ("children" in node) for (const child of node.children as MdastNode[]) walk(child, visit);
}
