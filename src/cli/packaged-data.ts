import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CompiledIndex } from "../matcher/compile.ts";
import { matchText, type MatchResult } from "../matcher/rank.ts";

/**
 * The runbook data the published CLI ships: the signatures compiled at pack time (npm pack runs
 * scripts/build-cli.ts), so an installed tracebook reads one JSON file instead of the content.
 */
export interface PackagedData {
  format: typeof PACKAGED_FORMAT;
  index: CompiledIndex;
}

export const PACKAGED_FORMAT = 1;

/** What the commands match with: the packaged index, a checkout's content, or a built site's shards. */
export interface Matcher {
  match(text: string): Promise<{ result: MatchResult }>;
}

export function indexMatcher(index: CompiledIndex): Matcher {
  return { match: async (text) => ({ result: matchText(text, index) }) };
}

export const DATA_FILE = "runbooks.json";

export function readPackagedData(dir: string): CompiledIndex {
  const file = join(dir, DATA_FILE);
  const data = JSON.parse(readFileSync(file, "utf8")) as PackagedData;
  if (data.format !== PACKAGED_FORMAT) throw new Error(`${file} has format ${data.format}, not ${PACKAGED_FORMAT}; rebuild it`);
  return data.index;
}
