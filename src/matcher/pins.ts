import { satisfies } from "@renovatebot/pep440";
import type { Pin } from "../schema/pin.ts";
import { normalizePackage, type Environment } from "./environment.ts";

/**
 * Judge a runbook's version pins against the versions found in the paste,
 * with PEP 440 semantics: "your torch 2.1.2 is in the affected range".
 */

export interface PinVerdict {
  pin: string;
  outcome: Pin["outcome"];
  evidence: Pin["evidence"];
  /** in: every package of the pin is in range; out: one is not; unknown: the paste does not say. */
  status: "in" | "out" | "unknown";
  /** One sentence for the user. */
  message: string;
}

export function judgePins(pins: readonly Pin[], env: Environment, fixes: readonly { id: string; title: string }[] = []): PinVerdict[] {
  return pins.map((pin) => {
    const checks = Object.entries(pin.versions).map(([name, spec]) => {
      const found = env.packages[normalizePackage(name)];
      return { name, spec, version: found?.version, ok: found ? satisfies(found.version, spec) : undefined };
    });
    const known = checks.filter((c) => c.version !== undefined);
    const outside = known.find((c) => c.ok === false);
    const status = outside ? "out" : known.length === checks.length ? "in" : "unknown";
    const yours = known.map((c) => `${c.name} ${c.version}`).join(", ");
    const range = checks.map((c) => `${c.name} ${c.spec}`).join(", ");
    let message: string;
    if (status === "unknown") {
      const missing = checks.filter((c) => c.version === undefined).map((c) => c.name);
      message = `the paste does not show your ${missing.join(", ")} version${missing.length > 1 ? "s" : ""} (pin: ${range})`;
    } else if (pin.outcome === "fails") {
      message =
        status === "in"
          ? `your ${yours} ${known.length > 1 ? "are" : "is"} in the affected range (${range})`
          : `your ${outside!.name} ${outside!.version} is outside the affected range (${range})`;
    } else if (pin.afterFix && status === "in") {
      const fix = fixes.find((f) => f.id === pin.afterFix)?.title ?? pin.afterFix;
      message = `with the fix “${fix}” applied, this works on your ${yours} (${range})`;
    } else {
      message =
        status === "in"
          ? `your ${yours} ${known.length > 1 ? "are" : "is"} in a range where this works (${range})`
          : `this needs ${outside!.name} ${outside!.spec}; you have ${outside!.version}`;
    }
    return { pin: pin.id, outcome: pin.outcome, evidence: pin.evidence, status, message };
  });
}
