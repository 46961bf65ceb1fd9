import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SECTIONS } from "../site/runbook-view.ts";
import type { ReproRecord } from "./repro.ts";
import { recordPath } from "./repro.ts";
import type { Runbook } from "./runbook.ts";

/** What the built site has, for checking a link before the build: pages, and per runbook its ids and files. */
export interface SiteMap {
  /** Runbook slug → the ids on its page and the files served beside it (repro.py, records/x.json). */
  runbooks: Map<string, { anchors: Set<string>; files: Set<string> }>;
  /** Former slug → the runbook it redirects to. */
  formerSlugs: Map<string, string>;
  /** Other pages by path: "/", "/match/", "/runbooks.json". */
  pages: Set<string>;
}

/**
 * The ids a runbook's page carries (src/pages/runbooks/[slug].astro and its components): the
 * sections, one per fix, wrong advice, example, pin and signature, the recorded failures, and
 * the ids the body gives its headings.
 */
export function runbookAnchors(data: Runbook, bodyIds: readonly string[], records: ReadonlyMap<string, ReproRecord>): Set<string> {
  const sections = Object.keys(SECTIONS).filter(
    (id) => (id !== "wrong" || data.wrong.length > 0) && (id !== "related" || data.related.length > 0),
  );
  const failing = [...records.values()].filter((r) => r.exitCode !== 0);
  return new Set([
    "main",
    ...sections,
    ...data.fixes.map((f) => `fix-${f.id}`),
    ...data.wrong.map((w) => `wrong-${w.id}`),
    ...data.examples.map((e) => `example-${e.id}`),
    ...data.pins.map((p) => `pin-${p.id}`),
    ...data.signatures.map((s) => `signature-${s.id}`),
    ...(failing.length > 0 ? ["reproduced", ...failing.map((r) => `record-${r.run}`)] : []),
    ...bodyIds,
  ]);
}

/** The files src/pages/runbooks/[slug]/[...file].ts serves beside a runbook's page. */
export function servedFiles(data: Runbook): Set<string> {
  return new Set(data.repro ? [data.repro.script, ...data.repro.runs.map((r) => recordPath(r.id))] : []);
}

/** The static pages under src/pages (not the dynamic [param] routes), as the build writes them. */
export function staticPages(pagesDir = fileURLToPath(new URL("../pages/", import.meta.url))): Set<string> {
  const pages = new Set<string>();
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.includes("[")) continue;
      if (entry.isDirectory()) walk(`${dir}/${entry.name}`, `${prefix}${entry.name}/`);
      else if (entry.name === "index.astro") pages.add(prefix);
      else if (entry.name.endsWith(".astro") && entry.name !== "404.astro") pages.add(`${prefix}${entry.name.slice(0, -".astro".length)}/`);
      else if (entry.name.endsWith(".ts")) pages.add(`${prefix}${entry.name.slice(0, -".ts".length)}`);
    }
  };
  walk(pagesDir, "/");
  return pages;
}

const ALLOWED = "links must be https://, a path on this site (/runbooks/<slug>/, with an optional #id) or a #id on this page";

/**
 * Why a link written in runbook `from` would be broken or unsafe on the built site, or
 * undefined when it is fine. A link that leaves the site must be https://; one that stays must
 * reach a page the build writes and, with a #fragment, an id that page has.
 */
export function linkProblem(url: string, from: string, site: SiteMap): string | undefined {
  if (/^https:\/\//i.test(url)) return URL.canParse(url) && new URL(url).hostname ? undefined : `"${url}" is not a valid https:// URL`;
  if (/^http:\/\//i.test(url))
    return `"${url}" is http://${/^http:\/\/www\./i.test(url) ? " (a bare www. address becomes an http:// link)" : ""}; ${ALLOWED}`;
  if (url.startsWith("#")) return anchorProblem(url.slice(1), from, site, "this page");
  if (!url.startsWith("/") || /^\/[/\\]/.test(url)) return `"${url}" is not allowed: ${ALLOWED}`;
  const hash = url.indexOf("#");
  const path = (hash >= 0 ? url.slice(0, hash) : url).replace(/\?.*$/, "");
  const fragment = hash >= 0 ? url.slice(hash + 1) : undefined;
  const runbook = /^\/runbooks\/([^/]+)(\/(.*))?$/.exec(path);
  if (runbook) {
    const [, slug, slash, file] = runbook as unknown as [string, string, string | undefined, string | undefined];
    const target = site.runbooks.get(slug);
    if (!target) {
      const moved = site.formerSlugs.get(slug);
      return moved
        ? `links /runbooks/${slug}/, a former slug; link /runbooks/${moved}/ instead`
        : `links /runbooks/${slug}/, which does not exist`;
    }
    if (!slash) return `links /runbooks/${slug} without its trailing slash; write /runbooks/${slug}/`;
    if (file) return target.files.has(file) ? undefined : `links /runbooks/${slug}/${file}, which the site does not serve`;
    return fragment === undefined ? undefined : anchorProblem(fragment, slug, site, `/runbooks/${slug}/`);
  }
  if (!site.pages.has(path)) return `links ${path}, which is not a page of this site (${[...site.pages].sort().join(", ")})`;
  if (fragment !== undefined) return `links ${url}: a #fragment can only be checked on a runbook page; drop it`;
  return undefined;
}

function anchorProblem(fragment: string, slug: string, site: SiteMap, where: string): string | undefined {
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return `#${fragment} is not a valid fragment`;
  }
  if (!id) return `an empty # links nowhere`;
  return site.runbooks.get(slug)?.anchors.has(id)
    ? undefined
    : `links #${id}, which ${where} does not have (no section, fix, pin or heading with that id)`;
}
