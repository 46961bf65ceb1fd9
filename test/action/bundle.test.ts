import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundleAction } from "../../scripts/lib/bundle-action.ts";
import { actionYml } from "./run-action.ts";

// GitHub runs an Action's bundle as committed: no install, no build.
describe("the committed Action", () => {
  it("is declared for Node 24 with the inputs it reads, and its main file exists", () => {
    expect(actionYml.runs).toEqual({ using: "node24", main: "dist-action/index.js" });
    expect(Object.keys(actionYml.inputs).sort()).toEqual(["dry-run", "github-token", "label-prefix", "min-confidence", "site"]);
    expect(existsSync(actionYml.runs.main)).toBe(true);
  });

  it("is exactly what the sources build today (if not: npm run build:action, and commit dist-action/)", async () => {
    const { files } = await bundleAction();
    for (const [path, text] of Object.entries(files)) {
      expect(readFileSync(path, "utf8") === text, `${path} is stale: run npm run build:action and commit it`).toBe(true);
    }
  });
});
