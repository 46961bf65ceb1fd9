import type { CollectionEntry } from "astro:content";
import { CATEGORIES, FRAMEWORKS, type Category, type Framework } from "../schema/vocabulary.ts";

type Entry = CollectionEntry<"runbooks">;

/**
 * How runbooks are listed: the home page shows each category's most reported failures (its
 * budget holds at 1,000 runbooks) and links the category and framework pages, which list all.
 */
export const HOME_PER_CATEGORY = 5;

/** The most reported first (examples are real reports), then by title. */
export function byReports(a: Entry, b: Entry): number {
  return b.data.examples.length - a.data.examples.length || a.data.title.localeCompare(b.data.title);
}

export function byTitle(a: Entry, b: Entry): number {
  return a.data.title.localeCompare(b.data.title);
}

export function categoryGroups(entries: readonly Entry[]) {
  return (Object.keys(CATEGORIES) as Category[])
    .map((category) => ({ category, label: CATEGORIES[category], entries: entries.filter((e) => e.data.category === category) }))
    .filter((g) => g.entries.length > 0);
}

export function frameworkGroups(entries: readonly Entry[]) {
  return (Object.keys(FRAMEWORKS) as Framework[])
    .map((framework) => ({
      framework,
      label: FRAMEWORKS[framework],
      entries: entries.filter((e) => e.data.frameworks.includes(framework)),
    }))
    .filter((g) => g.entries.length > 0);
}
