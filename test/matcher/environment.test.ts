import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanLines } from "../../src/matcher/clean.ts";
import { readEnvironment } from "../../src/matcher/environment.ts";
import { judgePins } from "../../src/matcher/pins.ts";
import type { Pin } from "../../src/schema/pin.ts";

// Real reports: produced by the commands named in test/fixtures/env/index.json, or quoted from the linked thread.
const env = (file: string) => readEnvironment(cleanLines(readFileSync(`test/fixtures/env/${file}`, "utf8")));

describe("environment reports", () => {
  it("reads pip list", () => {
    const found = env("pip-list.txt");
    expect(found.formats).toEqual(["pip list"]);
    expect(found.packages.torch?.version).toBe("2.13.0+cpu");
    expect(found.packages.transformers?.version).toBe("5.17.0");
    expect(found.packages["huggingface-hub"]?.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("reads pip freeze", () => {
    const found = env("pip-freeze.txt");
    expect(found.formats).toEqual(["pip freeze"]);
    expect(found.packages.accelerate?.version).toBe("1.15.0");
  });

  it("reads torch's collect_env, with Python", () => {
    const found = env("collect-env-cpu.txt");
    expect(found.formats).toContain("collect_env");
    expect(found.packages.torch).toEqual({ version: "2.13.0+cpu", line: expect.any(Number) });
    expect(found.python).toBe("3.11.7");
  });

  it("reads transformers env", () => {
    const found = env("transformers-env.txt");
    expect(found.packages).toMatchObject({
      transformers: { version: "5.17.0" },
      torch: { version: "2.13.0+cpu" },
      accelerate: { version: "1.15.0" },
      safetensors: { version: "0.8.0" },
    });
    expect(found.packages.deepspeed).toBeUndefined();
  });

  it("reads accelerate env", () => {
    expect(env("accelerate-env.txt").packages).toMatchObject({ accelerate: { version: "1.15.0" }, torch: { version: "2.13.0+cpu" } });
  });

  it("reads ds_report, with the CUDA version", () => {
    const found = env("ds-report.txt");
    expect(found.formats).toEqual(["ds_report"]);
    expect(found.packages).toMatchObject({ torch: { version: "2.3.0+cu121", line: 3 }, deepspeed: { version: "0.15.5+unknown", line: 5 } });
    expect(found.cuda).toBe("12.1");
  });

  it("finds nothing in a traceback without a report", () => {
    expect(
      readEnvironment(cleanLines('Traceback (most recent call last):\n  File "x.py", line 1, in <module>\nValueError: x')).packages,
    ).toEqual({});
  });
});

describe("pin verdicts", () => {
  const pins: Pin[] = [
    {
      id: "affected",
      versions: { opencompass: "<=0.2.1", torch: ">=2.1" },
      outcome: "fails",
      evidence: "upstream",
      source: "https://example.org/a",
    },
    { id: "fixed", versions: { transformers: ">=5.18" }, outcome: "works", evidence: "reported", source: "https://example.org/b" },
    { id: "old-torch", versions: { torch: "<2.1" }, outcome: "works", evidence: "upstream", source: "https://example.org/c" },
  ];

  it("judges each pin with PEP 440 semantics, local versions included", () => {
    const verdicts = judgePins(pins, env("pip-list.txt"));
    expect(verdicts.map((v) => [v.pin, v.status, v.message])).toEqual([
      ["affected", "unknown", "the paste does not show your opencompass version (pin: opencompass <=0.2.1, torch >=2.1)"],
      ["fixed", "out", "this needs transformers >=5.18; you have 5.17.0"],
      ["old-torch", "out", "this needs torch <2.1; you have 2.13.0+cpu"],
    ]);
  });

  it("says when the user's versions are in the affected range", () => {
    const [verdict] = judgePins([{ ...pins[0]!, versions: { torch: ">=2.1,<2.14" } }], env("pip-list.txt"));
    expect(verdict).toMatchObject({ status: "in", message: "your torch 2.13.0+cpu is in the affected range (torch >=2.1,<2.14)" });
  });
});
