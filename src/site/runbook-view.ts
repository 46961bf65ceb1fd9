import type { Runbook } from "../schema/runbook.ts";
import { CATEGORIES, FRAMEWORKS, GPU_NEEDS } from "../schema/vocabulary.ts";

/** Labels and facets derived from a runbook, shared by its page, the home page and runbooks.json. */
export function exceptionTypes(data: Runbook): string[] {
  return [...new Set(data.signatures.flatMap((s) => s.exception.map((t) => t.slice(t.lastIndexOf(".") + 1))))];
}

export function frameworkLabels(data: Runbook): string[] {
  return data.frameworks.map((f) => FRAMEWORKS[f]);
}

export function categoryLabel(data: Runbook): string {
  return CATEGORIES[data.category];
}

export function gpuLabel(data: Runbook): string {
  return GPU_NEEDS[data.hardware.gpu];
}

/**
 * The page sections in the order they appear: the answer first (which case, what to do, what not
 * to do), then the evidence. The ids are part of the public URL contract.
 */
export const SECTIONS = {
  triage: "Which case is yours",
  fixes: "What to do",
  wrong: "What not to do",
  signatures: "How it shows in a log",
  cause: "Why it happens",
  hardware: "Hardware and setup",
  pins: "Versions",
  examples: "Real tracebacks",
  related: "Neighbouring failures",
  sources: "Sources",
} as const;

export type SectionId = keyof typeof SECTIONS;

export interface ContentsEntry {
  id: string;
  label: string;
  children?: ContentsEntry[];
}

/** "On this page": every section the runbook has, with its fixes under "What to do". */
export function contentsOf(data: Runbook): ContentsEntry[] {
  const present: Record<SectionId, boolean> = {
    triage: true,
    fixes: true,
    wrong: data.wrong.length > 0,
    signatures: true,
    cause: true,
    hardware: true,
    pins: true,
    examples: true,
    related: data.related.length > 0,
    sources: true,
  };
  return (Object.keys(SECTIONS) as SectionId[])
    .filter((id) => present[id])
    .map((id) =>
      id === "fixes"
        ? { id, label: SECTIONS[id], children: data.fixes.map((f) => ({ id: `fix-${f.id}`, label: f.title })) }
        : { id, label: SECTIONS[id] },
    );
}
