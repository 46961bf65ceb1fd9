import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nodes, packAndInstall, type InstalledPackage } from "../scripts/lib/bench-package.ts";
import { examples } from "./support/content.ts";

const example = examples.find((e) => e.slug === "torch-load-mmap-string-filename")!;

// npm pack, then npm install of the tarball into an empty folder: the package as a user gets it.
describe("the packed CLI", () => {
  let pkg: InstalledPackage;
  beforeAll(() => {
    pkg = packAndInstall({ ...process.env, TRACEBOOK_SITE: "https://tracebook.example" });
  }, 120_000);
  afterAll(() => pkg?.remove());

  it("holds the bin and its data, and nothing else of the repository", () => {
    expect(pkg.files).toEqual(["README.md", "dist-cli/runbooks.json", "dist-cli/tracebook.js", "package.json"]);
    expect(pkg.dependencies).toBe(0);
  });

  it.each(nodes().map((node) => [execFileSync(node, ["--version"], { encoding: "utf8" }).trim(), node]))(
    "works installed, under Node %s, with nothing of the checkout around it",
    (_, node) => {
      const run = (args: string[], input?: string) => spawnSync(node, [pkg.bin, ...args], { cwd: pkg.prefix, input, encoding: "utf8" });
      expect(run(["--help"]).status).toBe(0);
      expect(run(["--version"]).stdout).toBe(`tracebook ${JSON.parse(readFileSync("package.json", "utf8")).version}\n`);
      const piped = run(["match", "-"], example.text);
      expect(piped.status).toBe(0);
      expect(piped.stdout).toContain(`https://tracebook.example/runbooks/${example.slug}/`);
      expect(piped.stderr).toBe("");
    },
  );
});

// A checkout in miniature: the sources, two runbooks and the CLI built from them, as npm install leaves it.
describe("the bin in a checkout", () => {
  let root: string;
  const bin = () => join(root, "dist-cli/tracebook.js");
  const index = () => join(root, "content/runbooks", example.slug, "index.mdx");
  const run = () => spawnSync(process.execPath, [bin(), "match", "-"], { cwd: root, input: example.text, encoding: "utf8" });

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "tracebook-checkout-"));
    for (const dir of ["src", "scripts"]) cpSync(dir, join(root, dir), { recursive: true });
    cpSync("package.json", join(root, "package.json"));
    symlinkSync(join(process.cwd(), "node_modules"), join(root, "node_modules"));
    for (const slug of [example.slug, "meta-tensor-cannot-copy"]) {
      mkdirSync(join(root, "content/runbooks", slug), { recursive: true });
      cpSync(join("content/runbooks", slug, "index.mdx"), join(root, "content/runbooks", slug, "index.mdx"));
    }
    execFileSync(process.execPath, ["scripts/build-cli.ts"], { cwd: root, stdio: "ignore" });
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("answers from the precompiled data while it matches the content", () => {
    const { status, stderr } = run();
    expect(status).toBe(0);
    expect(stderr).toBe("");
  });

  it("says the precompiled data is stale once a runbook is edited, and answers with the content as edited", () => {
    const mdx = readFileSync(index(), "utf8");
    writeFileSync(index(), mdx.replace(/^title: .*$/m, 'title: "Edited title, read from the content"'));
    const { status, stdout, stderr } = run();
    // (Then it names what in this two-runbook checkout is invalid: links to runbooks left out of the copy.)
    expect(stderr.split("\n")[0]).toBe(
      `tracebook: the precompiled runbook data is stale (content/runbooks/${example.slug}/index.mdx changed since npm run build:cli); reading content/runbooks as it is now`,
    );
    expect(status).toBe(0);
    expect(stdout).toMatch(/^1\. Edited title, read from the content/);
  });

  it("notices a runbook added since the build", () => {
    mkdirSync(join(root, "content/runbooks/device-map-empty-string"));
    cpSync("content/runbooks/device-map-empty-string/index.mdx", join(root, "content/runbooks/device-map-empty-string/index.mdx"));
    expect(run().stderr).toMatch(
      /stale \(content\/runbooks\/(device-map-empty-string|torch-load-mmap-string-filename)\/index\.mdx changed/,
    );
  });
});
