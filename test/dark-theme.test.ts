import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** The declarations inside the stylesheet's `prefers-color-scheme: dark` block. */
function darkDeclarations(css: string): string[] {
  const start = css.indexOf("@media (prefers-color-scheme: dark)");
  expect(start).toBeGreaterThan(-1);
  let depth = 0;
  let end = css.indexOf("{", start);
  for (let i = end; i < css.length; i++) {
    if (css[i] === "{") depth++;
    else if (css[i] === "}" && --depth === 0) {
      end = i;
      break;
    }
  }
  const block = css.slice(css.indexOf("{", start) + 1, end).replace(/\/\*[\s\S]*?\*\//g, "");
  return [...block.matchAll(/([-\w]+)\s*:\s*([^;{}]+);/g)].map((m) => m[1]!);
}

// The browser tests run every axe rule in the light theme and only the colour rules in the dark one.
// That holds only while the dark theme changes colours and nothing else.
describe("the dark theme", () => {
  it("changes colours only: colour custom properties, color and background-color", () => {
    const properties = darkDeclarations(readFileSync("src/styles/global.css", "utf8"));
    expect(properties.length).toBeGreaterThan(5);
    for (const p of properties)
      expect(p, p).toMatch(/^(--(bg|fg|muted|border|accent|code|safe|caution|risky|mark)[-\w]*|color|background-color)$/);
  });

  it("is caught when it changes more", () => {
    const properties = darkDeclarations("@media (prefers-color-scheme: dark) { :root { --bg: #000; } .toc { display: none; } }");
    expect(properties).toEqual(["--bg", "display"]);
  });
});
