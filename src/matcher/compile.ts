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
}

export interface CompiledRunbook {
  slug: string;
  title: string;
  cause: string;
  url: string;
  topFix: { id: string; title: string; url: string };
  /** Every fix's title, so a verdict can name the fix a pin assumes. */
  fixes: { id: string; title: string }[];
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
    const fix = data.fixes[0]!;
    return {
      slug,
      title: data.title,
      cause: data.cause,
      url: runbookUrl(slug),
      topFix: { id: fix.id, title: fix.title, url: `${runbookUrl(slug)}#fix-${fix.id}` },
      fixes: data.fixes.map((f) => ({ id: f.id, title: f.title })),
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
      })),
    };
  });
  return { format: INDEX_FORMAT, version: hash(JSON.stringify(runbooks)), runbooks };
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
