import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRunbooks } from "../src/load/read-runbooks.ts";
import { examples } from "./support/content.ts";

// The CLI as a user runs it: a separate process, a file or stdin, an exit status.
function tracebook(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["scripts/tracebook.ts", ...args], {
    input,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const example = examples.find((e) => e.slug === "torch-load-mmap-string-filename")!;
const examplePath = join("content/runbooks", example.slug, example.file);

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
    const { code, stdout } = tracebook(["match", "--json", "test/fixtures/logs/negative-no-pad-token.txt"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).matches).toEqual([]);
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
  ])("exits 2 with a one-line reason on %s", (_, args, input, message) => {
    const { code, stderr } = tracebook(args as string[], input as Buffer | undefined);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toMatch(message);
  });

  it("exits 2 on input over the size limit", () => {
    const { code, stderr } = tracebook(["match", "-"], Buffer.alloc(10 * 1024 * 1024 + 1, "a"));
    expect(code).toBe(2);
    expect(stderr).toMatch(/the limit is 10 MB/);
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

describe("tracebook new", () => {
  it("scaffolds a runbook from a real traceback that the schema refuses until its TODOs are filled", () => {
    const dir = mkdtempSync(join(tmpdir(), "tracebook-new-"));
    // A real chained traceback (kohya_ss#539, see test/fixtures/logs/index.json).
    const chained = "test/fixtures/logs/chained-during-handling.txt";
    const { code, stdout } = tracebook(["new", "--from", chained, "--slug", "draft-runbook"], undefined, { TRACEBOOK_CONTENT: dir });
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
    const dir = mkdtempSync(join(tmpdir(), "tracebook-new-"));
    writeFileSync(join(dir, "placeholder"), "");
    execFileSync(process.execPath, ["scripts/tracebook.ts", "new", "--from", examplePath, "--slug", "twice"], {
      env: { ...process.env, TRACEBOOK_CONTENT: dir },
    });
    const { code, stderr } = tracebook(["new", "--from", examplePath, "--slug", "twice"], undefined, { TRACEBOOK_CONTENT: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/already exists/);
  });
});
