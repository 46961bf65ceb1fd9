import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readRunbooks } from "../src/load/read-runbooks.ts";
import { MAX_INPUT_BYTES } from "../src/matcher/clean.ts";
import { SHARD_FORMAT } from "../src/matcher/shards.ts";
import { examples } from "./support/content.ts";
import { endlessStdin, packagedCli } from "./support/packaged-cli.ts";

// The CLI as a user runs it: the published bin in a separate process, a file or stdin, an exit status.
const cli = packagedCli();
const tracebook = cli.run;

const example = examples.find((e) => e.slug === "torch-load-mmap-string-filename")!;
const examplePath = join("content/runbooks", example.slug, example.file);
const noMatchPath = "test/fixtures/logs/negative-no-pad-token.txt";

const scratches: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "tracebook-cli-test-"));
  scratches.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of scratches) rmSync(dir, { recursive: true, force: true });
});

/** A manifest in the current format whose one shard, s.json, the cases below damage. */
const ONE_SHARD_MANIFEST = JSON.stringify({
  format: SHARD_FORMAT,
  version: "v",
  runbooks: 1,
  exceptions: { ValueError: { start: { "": "s.json" }, within: {} } },
  anywhere: {},
  frames: {},
});

describe("tracebook", () => {
  it("prints its usage, with the pipe it is made for, and exits 0 on --help", () => {
    const { code, stdout } = tracebook(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage:\n {2}tracebook match /);
    expect(stdout).toContain("python train.py 2>&1 | tracebook match -");
  });

  it("prints the package's version and exits 0 on --version", () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(tracebook(["--version"])).toMatchObject({ code: 0, stdout: `tracebook ${version}\n` });
  });
});

describe("tracebook match", () => {
  it("prints the JSON answer, best first, and exits 0 on a match", () => {
    const { code, stdout } = tracebook(["match", "--json", examplePath]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.matches[0]).toMatchObject({ slug: example.slug, url: expect.stringMatching(new RegExp(`/runbooks/${example.slug}/$`)) });
    expect(json.matches[0].confidence).toBeGreaterThan(0.5);
    expect(json.matches[0].evidence[0]).toMatchObject({ line: expect.any(Number), text: expect.any(String) });
    expect(json.environment).toMatchObject({ packages: {} });
  });

  it("reads stdin, and prints the lines that matched", () => {
    const { code, stdout } = tracebook(["match", "-"], example.text);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1\. .*\((strong|partial evidence), confidence \d\.\d\d\)$/m);
    expect(stdout).toMatch(/line \d+ \[message\] /);
  });

  it("exits 1 with an empty list when no runbook is known", () => {
    const { code, stdout } = tracebook(["match", "--json", noMatchPath]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).matches).toEqual([]);
  });

  it("answers each of several files and every file under a directory, in order", () => {
    const dir = scratch();
    mkdirSync(join(dir, "run-2"));
    writeFileSync(join(dir, "run-1.log"), example.text);
    writeFileSync(join(dir, "run-2/rank0.log"), readFileSync(noMatchPath));
    writeFileSync(join(dir, ".hidden.log"), example.text);
    const text = tracebook(["match", dir, noMatchPath]);
    expect(text.code).toBe(0);
    expect([...text.stdout.matchAll(/^==> (.+) <==$/gm)].map((m) => m[1])).toEqual([
      join(dir, "run-1.log"),
      join(dir, "run-2/rank0.log"),
      noMatchPath,
    ]);
    const json = tracebook(["match", "--json", dir]);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { input: string; matches: { slug: string }[] }[]).map((a) => [a.input, a.matches[0]?.slug])).toEqual(
      [
        [join(dir, "run-1.log"), example.slug],
        [join(dir, "run-2/rank0.log"), undefined],
      ],
    );
    expect(tracebook(["match", join(dir, "run-2")]).code).toBe(1);
  });

  it("answers the inputs it can read and exits 2 for the one it cannot", () => {
    const { code, stdout, stderr } = tracebook(["match", examplePath, "no/such/file.txt"]);
    expect(code).toBe(2);
    expect(stdout).toContain(`==> ${examplePath} <==\n1. `);
    expect(stderr).toBe("tracebook: cannot read no/such/file.txt: ENOENT\n");
  });

  it.each([
    ["an unreadable file", ["match", "no/such/file.txt"], undefined, /^tracebook: cannot read no\/such\/file\.txt: ENOENT$/],
    [
      "binary data",
      ["match", "-"],
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]),
      /^tracebook: stdin looks like binary data, not a log$/,
    ],
    ["an unknown command", ["frobnicate"], undefined, /^tracebook: unknown command "frobnicate"/],
    ["an unknown option", ["match", "--frobnicate"], undefined, /^tracebook: Unknown option '--frobnicate'/],
    [
      "a missing --site folder",
      ["match", "--site", "no/such/site", "-"],
      "x",
      /^tracebook: no\/such\/site\/signatures\/manifest\.json not found; build the site first/,
    ],
    ["scaffolding outside a checkout", ["new", "--from", "x.txt"], undefined, /^tracebook: new scaffolds a runbook inside a checkout/],
  ])("exits 2 with a one-line reason on %s", (_, args, input, message) => {
    const { code, stderr } = tracebook(args as string[], input as Buffer | undefined);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
  });

  it.each([
    ["a manifest that is not JSON", { "manifest.json": "{ not json" }, /manifest\.json is damaged: /],
    ["a manifest of another format", { "manifest.json": JSON.stringify({ format: 0 }) }, /manifest\.json is not a signature manifest/],
    [
      "a shard that is not JSON",
      {
        "manifest.json": ONE_SHARD_MANIFEST,
        "s.json": "[1, 2",
      },
      /s\.json is damaged: /,
    ],
    [
      "a shard from another build",
      {
        "manifest.json": ONE_SHARD_MANIFEST,
        "s.json": JSON.stringify({ format: SHARD_FORMAT, version: "w", runbooks: [] }),
      },
      /s\.json does not belong to .*manifest\.json/,
    ],
  ])("exits 2 with a one-line reason on a --site folder with %s", (_, files, message) => {
    const site = scratch();
    mkdirSync(join(site, "signatures"));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(site, "signatures", name), text);
    const { code, stderr } = tracebook(["match", "--site", site, "-"], example.text);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^tracebook: .*${message.source}`));
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("refuses input over the size limit while reading it: an endless pipe is cut off, not buffered", async () => {
    const run = await endlessStdin(cli.bin, 6 * MAX_INPUT_BYTES);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("tracebook: stdin is over the 10 MB limit (paste the part around the traceback)\n");
    // The limit, plus what a pipe and a stream buffer hold: far from everything offered.
    expect(run.written).toBeLessThan(MAX_INPUT_BYTES + 1024 * 1024);
  });

  it("never passes a log's control characters to the terminal, in text or JSON", () => {
    // BEL, backspace, a C1 CSI (U+009B, "ESC [" in one character) clearing the screen, a bare ESC, a right-to-left override.
    const hostile = example.text.replace("mmap argument", "mmap argument\u0007\u0008\u0008\u009b2J\u001b]0;owned\u0007\u202e");
    for (const args of [
      ["match", "-"],
      ["reply", "-"],
      ["match", "--json", "-"],
    ]) {
      const { code, stdout } = tracebook(args, hostile);
      expect(code, args.join(" ")).toBe(0);
      expect(stdout).toMatch(/mmap argument/);
      expect(stdout, args.join(" ")).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
    // JSON keeps the text exact, escaped.
    const json = JSON.parse(tracebook(["match", "--json", "-"], hostile).stdout);
    expect(json.matches[0].evidence.map((e: { text: string }) => e.text).join("\n")).toContain("\u009b2J");
  });

  it.each([
    ["a pip list row", "Package      Version\n------------ -------\ntorch        1a1a\n"],
    ["a pip list row pip could not have written", "Package      Version\n------------ -------\ntorch        2.x.bad\n"],
    ["collect_env", "PyTorch version: 2.x.bad\nIs debug build: False\n"],
    ["transformers env", "- `transformers` version: four\n- PyTorch version (GPU?): 2.1..0 (True)\n"],
  ])("skips an invalid version in a pasted environment (%s) instead of failing", (_, environment) => {
    const pasted = `${example.text}\n${environment}`;
    const json = tracebook(["match", "--json", "-"], pasted);
    expect(json.code).toBe(0);
    const answer = JSON.parse(json.stdout);
    expect(answer.matches[0].slug).toBe(example.slug);
    expect(answer.environment.packages).toEqual({});
    const text = tracebook(["match", "-"], pasted);
    expect(text.code).toBe(0);
    for (const s of answer.environment.skipped)
      expect(text.stdout).toContain(`Skipped "${s.name} ${s.version}" (line ${s.line}): not a valid version.`);
  });
});

describe("tracebook reply", () => {
  it("prints an issue-ready Markdown reply for the best match", () => {
    const { code, stdout } = tracebook(["reply", examplePath], undefined, { TRACEBOOK_SITE: "https://tracebook.example" });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^This looks like \*\*.+\*\* \(.+\)\.\n\nCause: .+\n\nFix (that fits this log|to try first): \[.+\]\(https:\/\/tracebook\.example\/runbooks\/torch-load-mmap-string-filename\/#fix-[\w-]+\)/,
    );
    expect(stdout).toMatch(/```text\n\s+\d+ \| /);
  });
});

// Scaffolding writes into a checkout's content folder: the sources' command.
function fromSources(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["scripts/tracebook.ts", ...args], { env: { ...process.env, ...env }, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("tracebook new", () => {
  it("scaffolds a runbook from a real traceback that the schema refuses until its TODOs are filled", () => {
    const dir = scratch();
    // A real chained traceback (kohya_ss#539, see test/fixtures/logs/index.json).
    const chained = "test/fixtures/logs/chained-during-handling.txt";
    const { code, stdout } = fromSources(["new", "--from", chained, "--slug", "draft-runbook"], { TRACEBOOK_CONTENT: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^created .*draft-runbook/);
    expect(readdirSync(join(dir, "draft-runbook")).sort()).toEqual(["examples", "index.mdx"]);
    const original = readFileSync(chained, "utf8");
    expect(readFileSync(join(dir, "draft-runbook/examples/first.txt"), "utf8")).toBe(original.endsWith("\n") ? original : `${original}\n`);
    const mdx = readFileSync(join(dir, "draft-runbook/index.mdx"), "utf8");
    // The first exception of the chain, its variable parts as placeholders.
    expect(mdx).toContain("exception:\n      - RuntimeError");
    expect(mdx).toContain('- "PytorchStreamReader failed reading zip archive: failed finding central directory"');
    expect(mdx).toContain("chain: first");
    const { issues } = readRunbooks(dir);
    expect(issues.map((i) => i.field)).toEqual(
      expect.arrayContaining(["summary", "cause", "category", "examples", "pins", "hardware.gpu"]),
    );
    expect(issues.find((i) => i.field === "summary")!.message).toBe("is still a TODO from tracebook new: fill it in");
  });

  it("refuses to overwrite an existing runbook", () => {
    const dir = scratch();
    execFileSync(process.execPath, ["scripts/tracebook.ts", "new", "--from", examplePath, "--slug", "twice"], {
      env: { ...process.env, TRACEBOOK_CONTENT: dir },
    });
    const { code, stderr } = fromSources(["new", "--from", examplePath, "--slug", "twice"], { TRACEBOOK_CONTENT: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/already exists/);
  });
});
