import { gt, satisfies, valid } from "@renovatebot/pep440";
import type { Pin } from "../schema/pin.ts";
import { normalizePackage, type Environment } from "./environment.ts";

/**
 * One verdict per package the paste shows and the runbook's pins name, with PEP 440 semantics:
 * "opencompass 0.2.1 is affected; fixed in 0.2.2". A pin states a combination; it speaks about a
 * package only when the paste does not contradict the pin's other packages. A pin that holds
 * only after a fix (`afterFix`) says what the fix does, not what a version does, so it is not used.
 */

export interface PackageVerdict {
  package: string;
  version: string;
  /** 1-based line where the version was read. */
  line: number;
  /** affected: inside a failing range; fine: inside a working range only; unpinned: outside every range. */
  status: "affected" | "fine" | "unpinned";
  /** One sentence a user can act on. */
  message: string;
  /** The pins the verdict rests on, and how each was established. */
  pins: { id: string; evidence: Pin["evidence"] }[];
}

export function judgeVersions(pins: readonly Pin[], env: Environment): PackageVerdict[] {
  const names = [...new Set(pins.flatMap((p) => Object.keys(p.versions)))];
  const verdicts: PackageVerdict[] = [];
  for (const name of names) {
    const found = env.packages[normalizePackage(name)];
    if (!found || !valid(found.version)) continue;
    const applies = (pin: Pin) => !pin.afterFix && name in pin.versions && otherPackagesFit(pin, name, env);
    const failing = pins.filter((p) => p.outcome === "fails" && applies(p) && satisfies(found.version, p.versions[name]!));
    const working = pins.filter((p) => p.outcome === "works" && applies(p) && satisfies(found.version, p.versions[name]!));
    const fixedIn = lowestAbove(
      found.version,
      pins.filter((p) => p.outcome === "works" && applies(p)).map((p) => p.versions[name]!),
    );
    const yours = `${name} ${found.version}`;
    let status: PackageVerdict["status"];
    let message: string;
    if (failing.length > 0) {
      status = "affected";
      const range = failing.map((p) => `${name}${p.versions[name]}`).join(", ");
      message = fixedIn ? `${yours} is affected; fixed in ${fixedIn}` : `${yours} is in the failing range (${range})`;
    } else if (working.length > 0) {
      status = "fine";
      message = `${yours} is not affected (works with ${working.map((p) => `${name}${p.versions[name]}`).join(", ")})`;
    } else {
      status = "unpinned";
      message = `${yours} is outside every range this runbook pins; nothing is known about it`;
    }
    verdicts.push({
      package: name,
      version: found.version,
      line: found.line,
      status,
      message,
      pins: (failing.length > 0 ? failing : working).map((p) => ({ id: p.id, evidence: p.evidence })),
    });
  }
  return verdicts.sort((a, b) => rank(a.status) - rank(b.status) || a.package.localeCompare(b.package));
}

function rank(status: PackageVerdict["status"]): number {
  return status === "affected" ? 0 : status === "fine" ? 1 : 2;
}

/** The pin's other packages are absent from the paste or inside their ranges. */
function otherPackagesFit(pin: Pin, name: string, env: Environment): boolean {
  return Object.entries(pin.versions).every(([other, spec]) => {
    if (other === name) return true;
    const found = env.packages[normalizePackage(other)];
    return !found || !valid(found.version) || satisfies(found.version, spec);
  });
}

/** The lowest version a working range starts at (">=0.2.2", ">0.2.1", "==5.18.0") that is above `version`. */
function lowestAbove(version: string, specs: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const spec of specs) {
    for (const clause of spec.split(",")) {
      const m = /^\s*(>=|==|>)\s*([^\s,*]+)\s*$/.exec(clause);
      if (!m || !valid(m[2]!) || !gt(m[2]!, version)) continue;
      if (!best || gt(best, m[2]!)) best = m[2]!;
    }
  }
  return best;
}
