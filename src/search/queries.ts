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
  "a an and are as at be but by for from has have in into is it its of on or out that the this to was were will with you your not no please order use must should need needs".split(
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

// Words nearly every error message has: kept only when nothing rarer is left.
const COMMON = new Set(
  "error errors failed fail cannot can't could unable expected found invalid tensor tensors model module file object type value argument arguments load loading all same while when".split(
    " ",
  ),
);

/**
 * The words of a query that Pagefind is asked for. Pagefind loads one index chunk (a fixed
 * 20,000 word positions, some 30–40 kB) for each word it looks up, so a pasted 11-word
 * message would fetch some 350 kB on a large site. It also requires every word, so asking
 * for the two first words that are neither stop words nor words every error has finds the
 * same runbooks: an error message says what is specific first ("Cannot copy out of meta
 * tensor"), and the advice after it ("Please use torch.nn.Module.to_empty()") is shared.
 */
export function pagefindTerms(query: string, max = 2): string {
  if (/["“”]/.test(query)) return query; // an exact phrase, as the user asked
  const tokens = [...new Set(query.split(/\s+/).map((t) => t.replace(/^[([{'`]+|[)\]}'`,.;:!?]+$/g, "")))].filter(
    (t) => t.length > 1 && !STOP.has(t.toLowerCase()),
  );
  if (tokens.length <= max) return tokens.length > 0 ? tokens.join(" ") : query;
  // A name from code in the message's first clause (visual.merger.mlp.2.weight, cuda:6, device_map) is the
  // rarest thing in it; a name in the advice after it (torch.nn.Module.to_empty) is not.
  const firstClause = query.split(/[;!?]|[.:](?=\s)/)[0]!;
  const rank = (t: string) => (COMMON.has(t.toLowerCase()) ? 2 : /\w[._:]\w/.test(t) && firstClause.includes(t) ? 0 : 1);
  return tokens
    .map((t, i) => ({ t, i }))
    .sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map(({ t }) => t)
    .join(" ");
}
