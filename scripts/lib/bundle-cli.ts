import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { CLI_DIR, runbookFiles, STAMP_FILE, stampFiles } from "../../src/cli/freshness.ts";
import { DATA_FILE, PACKAGED_FORMAT, type PackagedData } from "../../src/cli/packaged-data.ts";
import { formatIssue, readRunbooks, type LoadResult } from "../../src/load/read-runbooks.ts";
import { compileRunbooks } from "../../src/matcher/compile.ts";
import { SITE_ORIGIN } from "../../src/site/origin.ts";

/** The published bin's folder: the bin, the runbook data it reads, and what both were built from. */
export { CLI_DIR };

export interface CliBuild {
  /** Bytes of the bin and of the data. */
  bin: number;
  data: number;
  runbooks: number;
}

/**
 * Build the published CLI from this checkout (run from the repository root): the runbooks compiled
 * once into runbooks.json, and src/cli/packaged.ts bundled with the engine into one plain-JavaScript
 * file for Node 20 and later, with no runtime dependency. `strict` refuses invalid content (for
 * npm pack); otherwise invalid runbooks are left out with a warning, as the CLI does. `content`:
 * content/runbooks as already read, to save reading it again.
 */
export async function buildCli(
  outDir = CLI_DIR,
  { strict = false, content }: { strict?: boolean; content?: LoadResult } = {},
): Promise<CliBuild> {
  const { runbooks, issues } = content ?? readRunbooks("content/runbooks");
  if (issues.length > 0) {
    const list = issues.map(formatIssue).join("\n  ");
    if (strict) throw new Error(`invalid content; the package would leave these runbooks out:\n  ${list}`);
    console.error(`build-cli: leaving out invalid content (npm run check shows all):\n  ${list}`);
  }
  const data: PackagedData = { format: PACKAGED_FORMAT, index: compileRunbooks(runbooks) };
  const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
  mkdirSync(outDir, { recursive: true });
  const json = JSON.stringify(data);
  writeFileSync(join(outDir, DATA_FILE), json);
  const bin = join(outDir, "tracebook.js");
  const result = await build({
    entryPoints: ["src/cli/packaged.ts"],
    outfile: bin,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    metafile: true,
    logLevel: "warning",
    legalComments: "none",
    define: { TRACEBOOK_VERSION: JSON.stringify(version), TRACEBOOK_ORIGIN: JSON.stringify(SITE_ORIGIN) },
  });
  const modules = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith("node_modules/"));
  writeFileSync(join(outDir, STAMP_FILE), `${JSON.stringify(stampFiles(".", [...modules, ...runbookFiles(".")]), null, 1)}\n`);
  return { bin: readFileSync(bin).length, data: json.length, runbooks: data.index.runbooks.length };
}
