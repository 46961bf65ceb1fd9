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

/** The page sections in order; ids are part of the public URL contract. */
export const SECTIONS = {
  signatures: "How it shows in a log",
  cause: "Why it happens",
  fixes: "What to do",
  wrong: "What not to do",
  hardware: "Hardware and setup",
  pins: "Versions",
  examples: "Real tracebacks",
  related: "Neighbouring failures",
  sources: "Sources",
} as const;
