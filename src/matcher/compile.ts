import type { Fix } from "../schema/advice.ts";
import type { Pin } from "../schema/pin.ts";
import type { Runbook } from "../schema/runbook.ts";
import { compileTemplate, type CompiledTemplate } from "./template.ts";

/**
 * The matcher's view of the content: every signature compiled once, at build
 * time, into plain JSON that the browser, the CLI and the tests all load.
 */

export interface CompiledSignature {
  id: string;
  exception: string[];
  /** Matched against log lines rather than exceptions. */
  logLine: boolean;
  message: CompiledTemplate[];
  chain: "first" | "last" | "any";
  frames: { file: string; func?: string }[];
  with: CompiledTemplate[];
  requireWith: boolean;
  /** The line only reports another failure: the match stands only when nothing else does. */
  wrapper: boolean;
}

/** When a fix fits a log (see src/schema/fit.ts), with its templates compiled. */
export interface CompiledWhen {
  signatures?: string[];
  message?: CompiledTemplate[];
  log?: CompiledTemplate[];
  versions?: Record<string, string>;
  case?: string;
}

export interface CompiledFix {
  id: string;
  title: string;
  url: string;
  safety: Fix["safety"];
  when?: CompiledWhen;
}

export interface CompiledRunbook {
  slug: string;
  title: string;
  cause: string;
  url: string;
  /** Safest first, as the page lists them; the matcher picks the one that fits the log. */
  fixes: CompiledFix[];
  pins: Pin[];
  signatures: CompiledSignature[];
}

export interface CompiledIndex {
  /** Bumped when the shape of this data changes; pages refuse data they do not understand. */
  format: 1;
  /** Content hash: changes whenever any signature, pin or title does. */
  version: string;
  runbooks: CompiledRunbook[];
}

export const INDEX_FORMAT = 1;

export function runbookUrl(slug: string): string {
  return `/runbooks/${slug}/`;
}

export function compileRunbooks(entries: readonly { slug: string; data: Runbook }[]): CompiledIndex {
  // Sorted, so the site (Astro's collection order) and the CLI (directory order) compile the same data.
  const sorted = [...entries].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const runbooks = sorted.map(({ slug, data }): CompiledRunbook => {
    return {
      slug,
      title: data.title,
      cause: data.cause,
      url: runbookUrl(slug),
      fixes: data.fixes.map((f) => compileFix(slug, f)),
      pins: data.pins,
      signatures: data.signatures.map((s) => ({
        id: s.id,
        exception: s.exception,
        logLine: s.logLine,
        message: s.message.map(compileTemplate),
        chain: s.chain,
        frames: s.frames.map((f) => {
          const [file, func] = f.split(":");
          return func ? { file: file!, func } : { file: file! };
        }),
        with: s.with.map(compileTemplate),
        requireWith: s.requireWith,
        wrapper: s.wrapper,
      })),
    };
  });
  return { format: INDEX_FORMAT, version: hash(JSON.stringify(runbooks)), runbooks };
}

function compileFix(slug: string, fix: Fix): CompiledFix {
  const compiled: CompiledFix = { id: fix.id, title: fix.title, url: `${runbookUrl(slug)}#fix-${fix.id}`, safety: fix.safety };
  const when = fix.when;
  if (when) {
    compiled.when = {
      ...(when.signatures ? { signatures: when.signatures } : {}),
      ...(when.message ? { message: when.message.map(compileTemplate) } : {}),
      ...(when.log ? { log: when.log.map(compileTemplate) } : {}),
      ...(when.versions ? { versions: when.versions } : {}),
      ...(when.case ? { case: when.case } : {}),
    };
  }
  return compiled;
}

/** FNV-1a, 32 bit: enough to tell two builds' data apart, and needs no crypto API. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
