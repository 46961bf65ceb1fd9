import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

/**
 * Run a command and report its wall time and peak memory. Memory is the resident set of the
 * whole process tree, sampled every 100 ms from /proc (Astro and Pagefind start helpers of
 * their own, which a single process's peak would miss).
 */
export interface Measured {
  seconds: number;
  peakBytes: number;
}

function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kB = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kB ? Number(kB) * 1024 : 0;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name may hold spaces and parentheses: the parent pid follows the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // gone already
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rssOf(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function measureCommand(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  okCodes: readonly number[] = [0],
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "inherit"] });
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 100);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearInterval(timer);
      if (code === null || !okCodes.includes(code)) reject(new Error(`${command} ${args.join(" ")} exited with ${code ?? signal}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakBytes: peak });
    });
  });
}
