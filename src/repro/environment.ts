import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { EnvironmentPlan } from "./plan.ts";
import { pipSourceArgs } from "./pip-sources.ts";

/** Cached virtual environments live outside the checkout; TRACEBOOK_VENVS moves them. */
export const VENV_ROOT = process.env.TRACEBOOK_VENVS ?? join(homedir(), ".cache", "tracebook", "venvs");
export const PYTHON = process.env.TRACEBOOK_PYTHON ?? "python3";

export interface ReadyEnvironment {
  python: string;
  freeze: string[];
  pythonVersion: string;
  platform: string;
}

/** The Python to build environments with, or a sentence saying what is missing. */
export function checkPython(): string | undefined {
  const probe = spawnSync(PYTHON, ["-c", "import venv, sys; print(sys.version.split()[0])"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    return `${PYTHON} with the venv module is needed to run reproductions (install Python 3.10+ or set TRACEBOOK_PYTHON)`;
  }
  return undefined;
}

/** Create (or reuse) the environment for a plan, printing progress while pip installs. */
export async function prepareEnvironment(plan: EnvironmentPlan, log: (line: string) => void): Promise<ReadyEnvironment> {
  const dir = join(VENV_ROOT, plan.key);
  const python = join(dir, "bin", "python");
  const ready = join(dir, ".tracebook-ready");
  if (!existsSync(ready)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(VENV_ROOT, { recursive: true });
    log(`creating environment ${plan.requirements.join(" ")}`);
    const venv = spawnSync(PYTHON, ["-m", "venv", dir], { encoding: "utf8" });
    if (venv.status !== 0) throw new Error(`cannot create a venv: ${(venv.stderr || venv.stdout).trim().split("\n").pop()}`);
    const config = spawnSync(python, ["-m", "pip", "config", "list"], { encoding: "utf8" }).stdout ?? "";
    const args = ["-m", "pip", "install", "--disable-pip-version-check", "-q", ...pipSourceArgs(config), ...plan.requirements];
    const started = Date.now();
    const ticker = setInterval(
      () => log(`  installing ${plan.requirements.join(" ")} … ${Math.round((Date.now() - started) / 1000)} s`),
      5000,
    );
    const result = await collect(python, args, process.cwd(), {}, 900_000).finally(() => clearInterval(ticker));
    if (result.code !== 0) {
      const reason =
        result.output
          .trim()
          .split("\n")
          .filter((l) => /error|not find|no matching/i.test(l))
          .pop() ?? result.output.trim().split("\n").pop();
      throw new Error(`cannot install ${plan.requirements.join(" ")}: ${reason}`);
    }
    writeFileSync(ready, plan.requirements.join("\n") + "\n");
    log(`  installed in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  const freeze = spawnSync(python, ["-m", "pip", "freeze", "--disable-pip-version-check"], { encoding: "utf8" })
    .stdout.trim()
    .split("\n")
    .filter(Boolean);
  const info = spawnSync(python, ["-c", "import platform; print(platform.python_version()); print(platform.platform())"], {
    encoding: "utf8",
  })
    .stdout.trim()
    .split("\n");
  return { python, freeze, pythonVersion: info[0] ?? "", platform: info[1] ?? "" };
}

/** Run a program and keep stdout and stderr in the order they arrived, as a terminal shows them. */
export function collect(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (output += d.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 + 9 : 1), output });
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ code: 127, output: String(error) });
    });
  });
}
