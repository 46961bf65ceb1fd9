import type { ParsedLog } from "./parse.ts";

/**
 * A value made once per parsed paste and shared by its readers (shard selection, the search for
 * messages, the ranking), kept on the ParsedLog itself under a key of its own, not enumerable, so
 * it goes when the log goes and never shows in the log's data.
 *
 * Not in a WeakMap: with one, V8's scavenges kept each paste's lines alive and moved them to the
 * old generation, to be freed only by a full collection (node --trace-gc on 40 matches of a 1 MB
 * log: the heap grew by about 25 MB per scavenge, scavenges took 18 to 30 ms; kept here, it stays
 * flat and they take 6 to 10 ms).
 */
export function perLog<T>(log: ParsedLog, key: symbol, make: () => T): T {
  const holder = log as unknown as Record<symbol, T | undefined>;
  const kept = holder[key];
  if (kept !== undefined) return kept;
  const value = make();
  // A frozen log (a caller's choice) is answered all the same, only not from a copy kept on it.
  if (Object.isExtensible(log)) Object.defineProperty(log, key, { value, enumerable: false });
  return value;
}
