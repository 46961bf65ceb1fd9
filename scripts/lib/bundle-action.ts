import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

/**
 * The GitHub Action's one JavaScript file. GitHub runs an Action's `runs.main` as it is, with no
 * install or build step, so dist-action/ is committed, and test/action/bundle.test.ts fails when it
 * differs from what this builds from the sources. The runbooks are not inside it: the Action reads the
 * configured site's compiled signatures, so new runbooks need no rebuild.
 */
export const ACTION_DIR = "dist-action";
export const ACTION_MAIN = `${ACTION_DIR}/index.js`;
export const ACTION_LICENSES = `${ACTION_DIR}/licenses.txt`;

export interface ActionBundle {
  /** Path (relative to the repository root) → contents. */
  files: Record<string, string>;
}

export async function bundleAction(): Promise<ActionBundle> {
  const result = await build({
    entryPoints: ["src/action/main.ts"],
    outfile: ACTION_MAIN,
    write: false,
    bundle: true,
    platform: "node",
    // action.yml: runs.using node24
    target: "node24",
    format: "esm",
    metafile: true,
    legalComments: "none",
    logLevel: "warning",
    // CommonJS inside an ES module bundle (bottleneck, pep440) still calls require for Node's own modules.
    banner: { js: 'import { createRequire as __trbRequire } from "node:module";\nconst require = __trbRequire(import.meta.url);' },
  });
  const code = result.outputFiles[0]!.text;
  return { files: { [ACTION_MAIN]: code, [ACTION_LICENSES]: licenses(Object.keys(result.metafile.inputs)) } };
}

/** The license texts of the packages bundled, which their licenses ask to travel with the code. */
function licenses(inputs: readonly string[]): string {
  const packages = new Set<string>();
  for (const input of inputs) {
    const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.add(m[1]!);
  }
  const sections = [...packages].sort().map((name) => {
    const dir = join("node_modules", name);
    const { version, license } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string; license?: string };
    const file = existsSync(dir) ? readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f)) : undefined;
    const text = file
      ? readFileSync(join(dir, file), "utf8").trim()
      : `(no license file in the package; package.json says ${license ?? "nothing"})`;
    return `${name}@${version} (${license ?? "unknown"})\n\n${text}\n`;
  });
  return `Packages bundled into index.js, with their licenses.\n\n${sections.join(`\n${"-".repeat(72)}\n\n`)}`;
}
