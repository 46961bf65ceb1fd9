import { spawnSync } from "node:child_process";
import { delimiter } from "node:path";

/**
 * A reproduction is code from a contributor, run on a maintainer's machine. It gets an
 * environment built from an allow-list (never the host's: no tokens, no cloud credentials, no
 * CI secrets), a home and temporary folder of its own, and, where the machine allows it, no
 * network but its own loopback: `unshare -n` puts it in a network namespace of its own, whose
 * loopback it brings up, so that a stand-in for the Hub on 127.0.0.1 answers and nothing else does.
 */

/** Host variables a run may see, if set: locale, time zone and thread counts. Nothing else passes. */
export const PASSED_VARIABLES = ["LANG", "LC_ALL", "LC_CTYPE", "TZ", "OMP_NUM_THREADS", "MKL_NUM_THREADS"] as const;

/** The environment of one run: the allow-list from `host`, then what the run needs, then `extra`. */
export function scrubbedEnvironment(
  host: NodeJS.ProcessEnv,
  options: { home: string; binDir: string; extra?: Record<string, string> },
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of PASSED_VARIABLES) {
    const value = host[name];
    if (value !== undefined) env[name] = value;
  }
  env.LANG ??= "C.UTF-8";
  return {
    ...env,
    // The venv first, then the system's own folders: not the host's PATH, which may lead to
    // credential helpers or tools a user installed.
    PATH: [options.binDir, "/usr/local/bin", "/usr/bin", "/bin"].join(delimiter),
    HOME: options.home,
    TMPDIR: options.home,
    XDG_CACHE_HOME: `${options.home}/.cache`,
    XDG_CONFIG_HOME: `${options.home}/.config`,
    HF_HOME: `${options.home}/.cache/huggingface`,
    ...options.extra,
  };
}

export interface NetworkIsolation {
  /** The command prefix that runs a program without network, or [] when the machine allows none. */
  prefix: string[];
  /** What the record says about the run's network, e.g. "none (unshare -n)". */
  description: string;
}

let probed: NetworkIsolation | undefined;

/** Inside the new namespace: bring its loopback up (it starts down), then run the command. */
const LOOPBACK_UP = ["sh", "-c", 'ip link set lo up && exec "$@"', "sandbox"];

/**
 * How to run without network here. `unshare -n` needs root (CAP_SYS_ADMIN); `unshare -rn` works
 * for an ordinary user where unprivileged user namespaces are enabled. Where neither works the
 * run keeps the network, and the record and the summary say so. Where `ip` (iproute2) is missing
 * the namespace's loopback stays down: a reproduction that serves a stand-in on 127.0.0.1 then
 * fails, and the description says why.
 */
export function networkIsolation(): NetworkIsolation {
  if (probed) return probed;
  for (const unshare of [
    ["unshare", "-n", "--"],
    ["unshare", "-r", "-n", "--"],
  ]) {
    const name = unshare.slice(0, -1).join(" ");
    if (spawnSync(unshare[0]!, [...unshare.slice(1), "true"], { stdio: "ignore" }).status !== 0) continue;
    const prefix = [...unshare, ...LOOPBACK_UP];
    if (spawnSync(prefix[0]!, [...prefix.slice(1), "true"], { stdio: "ignore" }).status === 0)
      return (probed = { prefix, description: `none but its own loopback (${name})` });
    return (probed = { prefix: unshare, description: `none, not even a loopback (${name}; ip link could not bring lo up)` });
  }
  return (probed = {
    prefix: [],
    description: "not isolated: unshare -n is not permitted on this machine (run as root, or enable unprivileged user namespaces)",
  });
}
