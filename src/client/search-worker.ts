/// <reference lib="webworker" />
// Turns what was typed or pasted into /search/ into the queries to try (src/search/queries.ts).
// That parses the text as a log, which for a large paste takes long: here it never blocks the page,
// and the page ends this worker when a newer query supersedes the one it is reading.
import { searchQueries } from "../search/queries.ts";
import { unflatten } from "./unflatten.ts";

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data;
  self.postMessage({ id, queries: searchQueries(unflatten(text)) });
};
