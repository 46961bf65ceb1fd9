import { compileTemplate } from "../matcher/template.ts";
import type { Runbook } from "../schema/runbook.ts";

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
