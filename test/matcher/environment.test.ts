import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanLines } from "../../src/matcher/clean.ts";
import { readEnvironment } from "../../src/matcher/environment.ts";
import { judgeVersions } from "../../src/matcher/pins.ts";
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

describe("fragments and other package managers", () => {
  it("reads conda list, a `pip list | grep` fragment and pip show", () => {
    expect(env("conda-list.txt")).toMatchObject({
      formats: ["conda list"],
      packages: { transformers: { version: "3.4.0", line: 6 }, "sentence-transformers": { version: "0.3.6" } },
    });
    expect(env("pip-list-grep.txt")).toMatchObject({
      formats: ["pip list without its header"],
      packages: { torch: { version: "2.13.0+cpu" } },
    });
    expect(env("pip-show.txt")).toMatchObject({ formats: ["pip show"], packages: { torch: { version: "2.13.0+cpu", line: 2 } } });
  });

  it("reads a run of headerless rows, but not a lone row of something that is not a package these failures involve", () => {
    const read = (text: string) => readEnvironment(cleanLines(text)).packages;
    expect(read("numpy                1.26.4\nopencompass          0.2.1\n")).toMatchObject({ opencompass: { version: "0.2.1" } });
    expect(read("epoch   0.25\n")).toEqual({});
  });

  it("skips a version pip would refuse, and says where it stood, instead of failing", () => {
    const found = readEnvironment(cleanLines("Package      Version\n------------ -------\ntorch        1a1a\ntransformers 4.37.0\n"));
    expect(found.packages).toEqual({ transformers: { version: "4.37.0", line: 4 } });
    expect(found.skipped).toEqual([{ name: "torch", version: "1a1a", line: 3 }]);
  });
});

describe("version verdicts", () => {
  const pins: Pin[] = [
    {
      id: "wrapper",
      versions: { opencompass: "<=0.2.1", transformers: ">=4.37.0", torch: ">=2.1" },
      outcome: "fails",
      evidence: "upstream",
      source: "https://example.org/a",
    },
    { id: "fixed", versions: { opencompass: ">=0.2.2" }, outcome: "works", evidence: "upstream", source: "https://example.org/b" },
    {
      id: "reproduced",
      versions: { torch: "==2.13.0" },
      outcome: "works",
      evidence: "reported",
      source: "https://example.org/c",
      afterFix: "x",
    },
  ];
  const paste = (rows: string) => readEnvironment(cleanLines(`Package      Version\n------------ -------\n${rows}`));

  it("gives one verdict per package, with the version that fixes it", () => {
    const verdicts = judgeVersions(pins, paste("opencompass  0.2.1\ntorch        2.1.2\n"));
    expect(verdicts.map((v) => [v.package, v.status, v.message])).toEqual([
      ["opencompass", "affected", "opencompass 0.2.1 is affected; fixed in 0.2.2"],
      ["torch", "affected", "torch 2.1.2 is in the failing range (torch>=2.1)"],
    ]);
  });

  it("says a version in a working range is not affected, and takes no word from a pin that needs a fix applied", () => {
    expect(judgeVersions(pins, paste("opencompass  0.2.3\ntorch        2.13.0\n")).map((v) => [v.package, v.status])).toEqual([
      ["opencompass", "fine"],
      ["torch", "unpinned"],
    ]);
  });

  it("does not apply a combination the paste contradicts", () => {
    // transformers 4.36 is outside the failing combination, so the pin says nothing about opencompass.
    expect(judgeVersions(pins, paste("opencompass  0.2.1\ntransformers 4.36.0\n")).find((v) => v.package === "opencompass")?.status).toBe(
      "unpinned",
    );
  });
});
