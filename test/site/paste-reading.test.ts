import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { foreignTrace } from "../../src/client/foreign-trace.ts";
import { scopeOf } from "../../src/client/scope.ts";
import { unflatten } from "../../src/client/unflatten.ts";
import { parseLog } from "../../src/matcher/parse.ts";
import { examples } from "../support/content.ts";

/** The last failure's message, as the search page's queries start from it. */
function lastMessage(text: string): string {
  const failures = parseLog(text).exceptions.filter((e) => !e.wrapper);
  return failures[failures.length - 1]?.message.split("\n")[0]!.trim() ?? "";
}

// Pasted with two exception lines and no chain marker between them: flattened, nothing tells
// where the first message ends.
const NO_MARKER = new Set(["hf-hub-connection-error/examples/rsprompter-78-connect-timeout.txt"]);

describe("a traceback the browser flattened into one line", () => {
  const tracebacks = examples.filter((e) => e.text.includes("Traceback (most recent call last)") && !NO_MARKER.has(`${e.slug}/${e.file}`));

  it.each([
    ["line breaks turned into spaces (Chromium)", " "],
    ["line breaks dropped", ""],
  ])("gets its exception line back, with %s, for every example traceback", (_, join) => {
    expect(tracebacks.length).toBeGreaterThan(100);
    for (const e of tracebacks) {
      // The lines after the exception's have no break left to stop at: the message runs on into them.
      const got = lastMessage(unflatten(e.text.replace(/\r?\n/g, join)));
      expect(got.startsWith(lastMessage(e.text)), `${e.slug}/${e.file}: ${got.slice(0, 200)}`).toBe(true);
    }
  });

  it("leaves text with line breaks, and a plain query, as they are", () => {
    const text = examples[0]!.text;
    expect(unflatten(text)).toBe(text);
    expect(unflatten("Cannot copy out of meta tensor")).toBe("Cannot copy out of meta tensor");
    expect(unflatten("torch.Size([0])")).toBe("torch.Size([0])");
  });
});

interface WildPaste {
  id: string;
  file: string;
  expected: string | null;
  shapes: string[];
}
const wild = JSON.parse(readFileSync("test/corpus/wild/index.json", "utf8")) as WildPaste[];
const wildText = (p: WildPaste) => readFileSync(`test/corpus/wild/${p.file}`, "utf8");

describe("stack traces from other languages", () => {
  // The held-out corpus labels the pastes from other languages (Java, JavaScript, Go, Rust, C++) by hand.
  it("names every paste the wild corpus labels other-language, with its language", () => {
    const other = wild.filter((p) => p.shapes.includes("other-language"));
    expect(other.length).toBeGreaterThan(15);
    for (const p of other) expect(foreignTrace(wildText(p)), p.id).toBeDefined();
    expect(foreignTrace(wildText(wild.find((p) => p.id === "ck-10-java-npe")!))?.language).toBe("Java");
    expect(foreignTrace(wildText(wild.find((p) => p.id === "gollama-4-go-nil-pointer")!))?.language).toBe("Go");
    expect(foreignTrace(wildText(wild.find((p) => p.id === "lmstudio-914-js-find")!))?.language).toBe("JavaScript");
    expect(foreignTrace(wildText(wild.find((p) => p.id === "uwd2-12-rust-panic")!))?.language).toBe("Rust");
  });

  // (Runbooks that claim a C++ line, such as NCCL's terminate, answer those pastes before this is asked.)
  it("names no Python paste that no runbook answers, and no example with a Python frame", () => {
    for (const p of wild.filter((w) => !w.shapes.includes("other-language") && w.expected === null))
      expect(foreignTrace(wildText(p)), p.id).toBeUndefined();
    for (const e of examples.filter((x) => /File "[^"]+", line \d+/.test(x.text)))
      expect(foreignTrace(e.text), `${e.slug}/${e.file}`).toBeUndefined();
  });
});

describe("whether a failure is tracebook's to answer", () => {
  const lastLine = (text: string) => {
    const found = parseLog(text).exceptions;
    return found[found.length - 1]!.lines[0]! + 1;
  };

  it("never calls a runbook example's traceback general-purpose", () => {
    for (const e of examples.filter((x) => parseLog(x.text).exceptions.length > 0))
      expect(scopeOf(e.text.split("\n"), lastLine(e.text)).kind, `${e.slug}/${e.file}`).not.toBe("general");
  });

  it("calls a traceback through requests alone general-purpose, and names requests", () => {
    // chaoxing-299: a JSONDecodeError raised by requests' Response.json(), no ML library involved.
    const text = wildText(wild.find((p) => p.id === "chaoxing-299-loguru-then-jsondecode")!);
    expect(scopeOf(text.split("\n"), lastLine(text))).toEqual({ kind: "general", package: "requests" });
  });
});
