import { readRunbookFile } from "../load/read-runbook-file.ts";
import { parseLog } from "../matcher/parse.ts";
import { compileTemplate } from "../matcher/template.ts";
import type { Runbook } from "../schema/runbook.ts";
import { shortenLocalPaths } from "./local-paths.ts";

/** The words a user pastes for this runbook's failure, as separate tokens for Pagefind. */
export function searchTerms(data: Runbook): { words: string; messages: string } {
  const literal = (source: string) =>
    compileTemplate(source)
      .tokens.map((t) => (t.kind === "literal" ? t.text : " "))
      .join("");
  const messages = data.signatures.flatMap((s) => s.message.map(literal)).join(" · ");
  const words = new Set<string>();
  for (const s of data.signatures) {
    for (const type of s.exception) {
      words.add(type);
      words.add(type.slice(type.lastIndexOf(".") + 1));
    }
    for (const frame of s.frames) {
      const [file, func] = frame.split(":");
      words.add(file!.split("/").pop()!);
      if (func) words.add(func);
    }
  }
  return { words: [...words].join(" "), messages };
}

/**
 * The exception lines of a runbook's example tracebacks ("ValueError: ... found cuda:6 and
 * cuda:7"): the wordings users actually paste. The tracebacks themselves stay out of the
 * search index; their frames and paths would make every result's excerpt heavy to fetch.
 */
export function exampleMessages(slug: string, data: Runbook): string[] {
  const lines = new Set<string>();
  for (const example of data.examples) {
    const text = readRunbookFile(slug, example.file);
    for (const e of parseLog(example.origin === "reproduced" ? shortenLocalPaths(text) : text).exceptions) {
      if (!e.wrapper) lines.add(`${e.type}: ${e.message.split("\n")[0]!.trim()}`.slice(0, 300));
    }
  }
  return [...lines];
}
