import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";

export interface Startup {
  node: string;
  version: string;
  /** Median wall time of a bare `node -e 0` and of the command, in ms, over the same number of runs. */
  bare: number;
  command: number;
  ratio: number;
}

/**
 * Cold starts of a command against a bare Node on the same machine, alternating the two so that
 * a change in the machine's load falls on both alike. Each run is a new process: nothing is warm
 * but the operating system's file cache.
 */
export function coldStarts(node: string, args: readonly string[], runs = 5): Startup {
  const time = (argv: readonly string[]) => {
    const t0 = performance.now();
    const run = spawnSync(node, argv, { stdio: ["ignore", "ignore", "pipe"] });
    const ms = performance.now() - t0;
    if (run.status !== 0 && run.status !== 1) throw new Error(`${node} ${argv.join(" ")} exited ${run.status}: ${run.stderr}`);
    return ms;
  };
  time(args); // the first read of the files from disk is not what a user waits for twice
  const bare: number[] = [];
  const command: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(time(["-e", "0"]));
    command.push(time(args));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const version = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
  return { node, version, bare: median(bare), command: median(command), ratio: median(command) / median(bare) };
}
