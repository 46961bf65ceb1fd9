import { cpSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { syntheticRunbook, toMdx } from "./synthetic-runbooks.ts";

export function countRunbooks(dir: string): number {
  return readdirSync(dir).filter((d) => statSync(join(dir, d)).isDirectory()).length;
}

/**
 * A content folder of n runbooks for the scale fixture: the committed ones (so the seeds are
 * there to be matched and searched) and n minus those generated; n below that count gives
 * generated runbooks only. Returns the folder.
 */
export function writeScaleContent(n: number, target: string, real: string): string {
  const withReal = n >= countRunbooks(real);
  if (withReal) cpSync(real, target, { recursive: true });
  else mkdirSync(target, { recursive: true });
  const generated = withReal ? n - countRunbooks(real) : n;
  for (let i = 0; i < generated; i++) {
    const runbook = syntheticRunbook(i);
    const folder = join(target, runbook.slug);
    mkdirSync(join(folder, "examples"), { recursive: true });
    writeFileSync(join(folder, "index.mdx"), toMdx(runbook));
    for (const [file, text] of Object.entries(runbook.examples)) writeFileSync(join(folder, file), `${text}\n`);
  }
  return target;
}
