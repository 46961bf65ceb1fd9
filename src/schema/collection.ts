import { satisfies } from "@renovatebot/pep440";
import { compileRunbooks, type CompiledIndex } from "../matcher/compile.ts";
import { normalizePackage } from "../matcher/environment.ts";
import { matchText } from "../matcher/rank.ts";
import { compileTemplate, findTemplate, normalizeSpace } from "../matcher/template.ts";
import { TODO_MARK } from "./fields.ts";
import { markdownFields, scanMarkdown } from "./markdown-fields.ts";
import { checkMdxBody, type BodyReport } from "./mdx-body.ts";
import { recordPath, type ReproRecord } from "./repro.ts";
import type { Fix } from "./advice.ts";
import type { ReproRun } from "./repro.ts";
import type { RunbookEntry } from "./runbook.ts";
import { linkProblem, runbookAnchors, servedFiles, staticPages, type SiteMap } from "./site-links.ts";

/** A problem found in the content, named so that an author can go straight to it. */
export interface ContentIssue {
  file: string;
  /** Dotted field path such as `signatures[0].message[1]`, or "" for the file as a whole. */
  field: string;
  message: string;
}

export interface CollectionInput extends RunbookEntry {
  /** Paths that exist in the runbook's folder, relative to it (examples/x.txt, records/y.json). */
  files: ReadonlySet<string>;
  /** Parsed records of reproduction runs, by path (records/<run>.json). */
  records: ReadonlyMap<string, ReproRecord>;
  /** The body's first line in index.mdx (1-based), so a problem in the body names its line in the file. */
  bodyLine?: number;
}

/**
 * Checks that span runbooks or touch files beside them, which a per-entry
 * zod schema cannot see. Astro only logs a broken reference() and builds
 * anyway, so these run before the build and fail it.
 */
export function checkCollection(entries: readonly CollectionInput[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const owners = new Map<string, string>();
  for (const entry of entries) {
    for (const [name, field] of [[entry.slug, ""], ...entry.data.redirectFrom.map((s, i) => [s, `redirectFrom[${i}]`])] as [
      string,
      string,
    ][]) {
      const owner = owners.get(name);
      if (owner !== undefined) {
        issues.push({
          file: entry.file,
          field,
          message: `slug "${name}" is already used by ${owner}; slugs and former slugs must be unique`,
        });
      } else {
        owners.set(name, entry.file);
      }
    }
  }
  const slugs = new Set(entries.map((e) => e.slug));
  const bodies = new Map(entries.map((e) => [e.slug, checkMdxBody(e.body)]));
  issues.push(...checkLinks(entries, bodies));
  let index: CompiledIndex | undefined;
  for (const entry of entries) {
    const { data, file } = entry;
    data.related.forEach((rel, i) => {
      if (!slugs.has(rel.slug)) {
        issues.push({ file, field: `related[${i}].slug`, message: `runbook "${rel.slug}" does not exist` });
      }
      if (rel.slug === entry.slug) issues.push({ file, field: `related[${i}].slug`, message: "a runbook cannot be related to itself" });
    });
    data.examples.forEach((example, i) => {
      if (!entry.files.has(example.file)) {
        issues.push({ file, field: `examples[${i}].file`, message: `file "${example.file}" does not exist beside the runbook` });
      }
    });
    issues.push(...checkReproduction(entry, () => (index ??= compileRunbooks(entries))));
    if (entry.body.includes(TODO_MARK)) {
      issues.push({ file, field: "body", message: "still has a TODO from tracebook new: explain the cause" });
    }
    const heading = /^#{1,6}\s/m.exec(stripFences(entry.body));
    if (heading) {
      issues.push({
        file,
        field: "body",
        message: `Markdown heading "${heading.input.slice(heading.index).split("\n")[0]}" has no stable id; write <h3 id="...">...</h3> so links to it never break`,
      });
    }
  }
  return issues;
}

/** Where a body finding is in index.mdx: its line in the file. */
function bodyLocation(entry: CollectionInput, line: number): string {
  return line > 0 ? `${entry.file}:${(entry.bodyLine ?? 1) + line - 1}` : entry.file;
}

/**
 * The body must compile as the build compiles it and use no code; every link in the body and
 * in the prose fields must be https:// or reach a page and an id the build writes.
 */
function checkLinks(entries: readonly CollectionInput[], bodies: ReadonlyMap<string, BodyReport>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const site: SiteMap = { runbooks: new Map(), formerSlugs: new Map(), pages: staticPages() };
  for (const entry of entries) {
    const body = bodies.get(entry.slug)!;
    const anchors = runbookAnchors(entry.data, [], entry.records);
    const seen = new Set<string>();
    for (const { id, line } of body.ids) {
      if (anchors.has(id) || seen.has(id))
        issues.push({
          file: bodyLocation(entry, line),
          field: "body",
          message: `id "${id}" is already used on this page; ids must be unique`,
        });
      seen.add(id);
    }
    site.runbooks.set(entry.slug, { anchors: runbookAnchors(entry.data, [...seen], entry.records), files: servedFiles(entry.data) });
    for (const former of entry.data.redirectFrom) site.formerSlugs.set(former, entry.slug);
  }
  for (const entry of entries) {
    const body = bodies.get(entry.slug)!;
    for (const { line, message } of body.problems) issues.push({ file: bodyLocation(entry, line), field: "body", message });
    for (const { url, line } of body.links) {
      const problem = linkProblem(url, entry.slug, site);
      if (problem) issues.push({ file: bodyLocation(entry, line), field: "body", message: problem });
    }
    for (const { field, source } of markdownFields(entry.data)) {
      const scan = scanMarkdown(source);
      for (const url of scan.links) {
        const problem = linkProblem(url, entry.slug, site);
        if (problem) issues.push({ file: entry.file, field, message: problem });
      }
      for (const label of scan.undefinedReferences)
        issues.push({ file: entry.file, field, message: `reference [${label}] has no definition, so the link shows as plain text` });
    }
  }
  return issues;
}

function stripFences(body: string): string {
  return body.replace(/^(```|~~~)[\s\S]*?^\1/gm, "");
}

/**
 * A reproduced pin is only as good as its record: the record must exist, its
 * versions must fall in the pin's range, and its outcome must be the pin's
 * (a failing run whose traceback this runbook matches, or a clean exit).
 */
function checkReproduction(entry: CollectionInput, index: () => CompiledIndex): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const { data, file } = entry;
  const repro = data.repro;
  if (repro && !entry.files.has(repro.script)) {
    issues.push({ file, field: "repro.script", message: `script "${repro.script}" does not exist beside the runbook` });
  }
  const disagreement = (record: ReproRecord, outcome: "fails" | "works"): string | undefined => {
    if (outcome === "works") return record.exitCode === 0 ? undefined : `the run exited with ${record.exitCode}, not 0`;
    if (record.exitCode === 0) return "the run exited cleanly, so it does not show the failure";
    const [top] = matchText(record.output, index()).matches;
    return top?.slug === entry.slug
      ? undefined
      : `the run's output does not match this runbook's signatures first (${top ? `it matches ${top.slug}` : "no match"})`;
  };
  repro?.runs.forEach((run, i) => {
    const record = entry.records.get(recordPath(run.id));
    const problem = record && disagreement(record, run.expect);
    if (problem)
      issues.push({
        file,
        field: `repro.runs[${i}]`,
        message: `record ${recordPath(run.id)} no longer agrees (expect: ${run.expect}): ${problem}; run npm run repro -- ${entry.slug}`,
      });
  });
  data.pins.forEach((pin, i) => {
    if (pin.evidence !== "reproduced") return;
    const field = `pins[${i}].record`;
    const record = entry.records.get(pin.record);
    if (!record) {
      issues.push({
        file,
        field,
        message: `record "${pin.record}" does not exist beside the runbook (npm run repro -- ${entry.slug} writes it)`,
      });
      return;
    }
    if (!repro?.runs.some((r) => recordPath(r.id) === pin.record)) {
      issues.push({ file, field, message: `record "${pin.record}" belongs to no run listed under repro.runs` });
    }
    const installed = installedVersions(record);
    for (const [name, spec] of Object.entries(pin.versions)) {
      const version = installed.get(normalizePackage(name));
      if (!version) issues.push({ file, field: `pins[${i}].versions.${name}`, message: `the record's environment has no ${name}` });
      else if (!satisfies(version, spec))
        issues.push({
          file,
          field: `pins[${i}].versions.${name}`,
          message: `the record ran ${name} ${version}, outside the pin's ${spec}`,
        });
    }
    const problem = disagreement(record, pin.outcome);
    if (problem) issues.push({ file, field: `pins[${i}].outcome`, message: `the pin says ${pin.outcome}, but ${problem}` });
    const fix = pin.outcome === "works" && pin.afterFix ? data.fixes.find((f) => f.id === pin.afterFix) : undefined;
    const run = repro?.runs.find((r) => recordPath(r.id) === pin.record);
    const absent = fix && fixNotAtWork(fix, record, installed, run);
    if (absent)
      issues.push({
        file,
        field: `pins[${i}].afterFix`,
        message: `the record ${pin.record} does not show fix "${fix.id}" at work: ${absent}`,
      });
  });
  return issues;
}

/** `pip freeze` lines of a record as normalised package name → version. */
function installedVersions(record: ReproRecord): Map<string, string> {
  return new Map(
    record.freeze
      .map((line) => line.split("=="))
      .filter((p) => p.length === 2)
      .map(([n, v]) => [normalizePackage(n!), v!] as const),
  );
}

/**
 * Why a clean exit does not show that the credited fix ran, or undefined when it does. A fix
 * that installs something is shown by the record's environment (the fixed version is there);
 * any other fix by the lines its run names under `shows` (the setting applied, the code path
 * taken), every one of which must be in the output. A clean exit alone proves nothing: the run
 * may have skipped the failing step, or never installed what the fix upgrades.
 */
function fixNotAtWork(fix: Fix, record: ReproRecord, installed: Map<string, string>, run: ReproRun | undefined): string | undefined {
  if (fix.installs) {
    for (const [name, spec] of Object.entries(fix.installs)) {
      const version = installed.get(normalizePackage(name));
      if (!version) return `${name} is not installed in its environment (the fix installs ${name}${spec})`;
      if (!satisfies(version, spec)) return `its environment has ${name} ${version}, outside the fix's ${name}${spec}`;
    }
    return undefined;
  }
  if (!run || run.shows.length === 0) return "its run lists no shows: lines, so a clean exit cannot tell that the fix ran";
  const lines = record.output.split("\n").map(normalizeSpace);
  const missing = run.shows.filter((source) => {
    const template = compileTemplate(source);
    return !lines.some((line) => findTemplate(template, line) >= 0);
  });
  return missing.length > 0
    ? `its output lacks the shows: line${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")}`
    : undefined;
}
