import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { EnvironmentPlan } from "./plan.ts";
import { pipSourceArgs } from "./pip-sources.ts";
import { networkIsolation } from "./sandbox.ts";
import { hashedRequirements, hashWheels, type HashedWheel } from "./wheels.ts";

/** Cached virtual environments live outside the checkout; TRACEBOOK_VENVS moves them. */
export const VENV_ROOT = process.env.TRACEBOOK_VENVS ?? join(homedir(), ".cache", "tracebook", "venvs");
export const PYTHON = process.env.TRACEBOOK_PYTHON ?? "python3";

export interface ReadyEnvironment {
  python: string;
  freeze: string[];
  pythonVersion: string;
  platform: string;
  /** Every wheel installed in the environment, dependencies included, with its SHA-256. */
  wheels: HashedWheel[];
}

/** `python3 -m pip` with its version, or a sentence saying what is missing. */
export function checkPython(): string | undefined {
  const probe = spawnSync(PYTHON, ["-c", "import venv, sys; print(sys.version.split()[0])"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    return `${PYTHON} with the venv module is needed to run reproductions (install Python 3.10+ or set TRACEBOOK_PYTHON)`;
  }
  // The environments get no pip of their own: the host's pip installs into them with --python (pip 22.3+).
  const pip = /^pip (\d+)\.(\d+)/.exec(spawnSync(PYTHON, ["-m", "pip", "--version"], { encoding: "utf8" }).stdout ?? "");
  if (!pip || Number(pip[1]) * 100 + Number(pip[2]) < 2203)
    return `${PYTHON} -m pip 22.3 or later is needed (it installs into each environment with --python)`;
  return undefined;
}

/**
 * Create (or reuse) the environment for a plan. Wheels only (`--only-binary=:all:`: no sdist runs
 * a setup.py here), fetched once into a wheelhouse, hashed, and installed from there with
 * `--require-hashes --no-deps --no-index`, every dependency pinned to its version and hash. The
 * environment has no pip of its own; the list of hashes stays beside it and goes into each record.
 */
export async function prepareEnvironment(plan: EnvironmentPlan, log: (line: string) => void): Promise<ReadyEnvironment> {
  const dir = join(VENV_ROOT, plan.key);
  const python = join(dir, "bin", "python");
  const ready = join(dir, ".tracebook-ready");
  const lock = join(dir, "tracebook-wheels.json");
  if (!existsSync(ready) || !existsSync(lock)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(VENV_ROOT, { recursive: true });
    log(`creating environment ${plan.requirements.join(" ")}`);
    const venv = spawnSync(PYTHON, ["-m", "venv", "--without-pip", dir], { encoding: "utf8" });
    if (venv.status !== 0) throw new Error(`cannot create a venv: ${(venv.stderr || venv.stdout).trim().split("\n").pop()}`);
    const config = spawnSync(PYTHON, ["-m", "pip", "config", "list"], { encoding: "utf8" }).stdout ?? "";
    const wheelhouse = join(dir, ".wheelhouse");
    const started = Date.now();
    const ticker = setInterval(
      () => log(`  installing ${plan.requirements.join(" ")} … ${Math.round((Date.now() - started) / 1000)} s`),
      5000,
    );
    try {
      const pip = ["-m", "pip", "--disable-pip-version-check", "-q"];
      await pipStep("fetch", plan, [
        ...pip,
        "download",
        "--only-binary=:all:",
        "--dest",
        wheelhouse,
        ...pipSourceArgs(config),
        ...plan.requirements,
      ]);
      const wheels = await hashWheels(wheelhouse);
      writeFileSync(join(dir, "requirements.txt"), hashedRequirements(wheels));
      const offline = networkIsolation().prefix;
      const install = [
        ...[
          "--python",
          python,
          "install",
          "--no-index",
          "--find-links",
          wheelhouse,
          "--only-binary=:all:",
          "--no-deps",
          "--require-hashes",
        ],
        ...["-r", join(dir, "requirements.txt")],
      ];
      await pipStep("install", plan, [...pip, ...install], offline);
      writeFileSync(lock, JSON.stringify(wheels, null, 2) + "\n");
    } finally {
      clearInterval(ticker);
      rmSync(wheelhouse, { recursive: true, force: true });
    }
    writeFileSync(ready, plan.requirements.join("\n") + "\n");
    log(`  installed in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  const freeze = spawnSync(PYTHON, ["-m", "pip", "--python", python, "freeze", "--disable-pip-version-check"], { encoding: "utf8" })
    .stdout.trim()
    .split("\n")
    .filter(Boolean);
  const info = spawnSync(python, ["-c", "import platform; print(platform.python_version()); print(platform.platform())"], {
    encoding: "utf8",
  })
    .stdout.trim()
    .split("\n");
  const wheels = JSON.parse(readFileSync(lock, "utf8")) as HashedWheel[];
  return { python, freeze, pythonVersion: info[0] ?? "", platform: info[1] ?? "", wheels };
}

/** Run the host's pip; a failure throws with pip's telling line. */
async function pipStep(what: string, plan: EnvironmentPlan, args: string[], prefix: string[] = []): Promise<void> {
  const [command, ...rest] = [...prefix, PYTHON, ...args];
  const result = await collect(command!, rest, process.cwd(), {}, 900_000);
  if (result.code === 0) return;
  const lines = result.output.trim().split("\n");
  const reason = lines.filter((l) => /error|not find|no matching|hash/i.test(l)).pop() ?? lines.pop();
  throw new Error(`cannot ${what} ${plan.requirements.join(" ")}: ${reason}`);
}

/**
 * Run a program and keep stdout and stderr in the order they arrived, as a terminal shows them.
 * `env` adds to the host's environment, or with `inherit: false` is the whole environment.
 */
export function collect(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
  { inherit = true }: { inherit?: boolean } = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: inherit ? { ...process.env, ...env } : env, stdio: ["ignore", "pipe", "pipe"] });
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
