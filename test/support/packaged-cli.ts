import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { buildCli } from "../../scripts/lib/bundle-cli.ts";
import { content } from "./content.ts";

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The published bin, built as npm pack builds it into a folder of its own: nothing of the checkout
 * beside it, so it runs as it does once installed. One build per test file.
 */
export function packagedCli(): {
  readonly bin: string;
  run: (args: string[], input?: string | Buffer, env?: Record<string, string>) => Run;
} {
  let bin = "";
  let root = "";
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "tracebook-cli-"));
    const dir = join(root, "dist-cli");
    await buildCli(dir, { content });
    bin = join(dir, "tracebook.js");
  });
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });
  return {
    get bin() {
      return bin;
    },
    run: (args, input, env = {}) => {
      const result = spawnSync(process.execPath, [bin, ...args], { input, env: { ...process.env, ...env }, encoding: "utf8" });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    },
  };
}

/**
 * Feed the bin an endless stdin (as `yes | tracebook match -` would) and count the bytes the pipe
 * took before the process gave up; stops writing after `cap` bytes in any case.
 */
export function endlessStdin(bin: string, cap: number): Promise<Run & { written: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, "match", "-"], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let written = 0;
    const chunk = Buffer.alloc(64 * 1024, "loss: 0.25 step 1\n");
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.stdin.on("error", () => {}); // EPIPE once the reader has stopped: the point of the test
    const pump = () => {
      while (written < cap && !child.stdin.destroyed) {
        written += chunk.length;
        if (!child.stdin.write(chunk)) return void child.stdin.once("drain", pump);
      }
      child.stdin.end();
    };
    pump();
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, written }));
  });
}
