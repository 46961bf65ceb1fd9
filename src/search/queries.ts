import { parseLog } from "../matcher/parse.ts";

/**
 * Pagefind ANDs every term, so a pasted traceback or a long message finds
 * nothing. These are the queries to try in turn, from the user's own words to
 * the error's key terms, until one finds something.
 */
export function searchQueries(input: string, maxWords = 12): string[] {
  const text = input.trim();
  if (!text) return [];
  const queries: string[] = [];
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  if (!text.includes("\n") && words(text).length <= maxWords) queries.push(text);

  const failures = parseLog(text).exceptions.filter((e) => !e.wrapper);
  const failure =
    failures.find((e) => e.position === 0 && e.chain === failures[failures.length - 1]?.chain) ?? failures[failures.length - 1];
  const type = failure?.type.split(".").pop();
  const message = failure
    ? failure.message.split("\n")[0]!.trim()
    : text
        .split("\n")
        .find((l) => l.trim())!
        .trim();

  const head = words(message).slice(0, maxWords).join(" ");
  if (failure) queries.push(head);
  const terms = keyTerms(message, 5);
  if (terms.length > 0) queries.push([type, ...terms].filter(Boolean).join(" "));
  if (type) queries.push(type);
  return [...new Set(queries)];
}

const STOP = new Set(
  "a an and are as at be but by for from has have in into is it its of on or that the this to was were will with you your not no please order use must should need needs".split(
    " ",
  ),
);

/** The message's most distinctive words: no numbers, paths, quoted values or stop words; longest first. */
export function keyTerms(message: string, n: number): string[] {
  const cleaned = message
    .replace(/(['"`]).*?\1/g, " ")
    .replace(/\S*[/\\]\S*/g, " ")
    .replace(/torch\.Size\(\[[^\]]*\]\)|\[[\d, ]*\]|\([\d, ]*\)/g, " ");
  const candidates = cleaned.split(/[^A-Za-z_]+/).filter((w) => w.length > 2 && !STOP.has(w.toLowerCase()));
  return [...new Set(candidates)].sort((a, b) => b.length - a.length).slice(0, n);
}
