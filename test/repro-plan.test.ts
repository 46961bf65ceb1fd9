import { describe, expect, it } from "vitest";
import { environmentKey, planEnvironments } from "../src/repro/plan.ts";
import { pipSourceArgs } from "../src/repro/pip-sources.ts";

describe("reproduction environments", () => {
  it("share one environment between runs with the same packages, in any order", () => {
    const plans = planEnvironments([
      {
        slug: "a",
        repro: {
          script: "repro.py",
          runs: [{ id: "fails", env: ["torch==2.13.0", "transformers==5.17.0"], args: [], expect: "fails", shows: [] }],
        },
      },
      {
        slug: "b",
        repro: {
          script: "repro.py",
          runs: [
            { id: "fails", env: ["transformers==5.17.0", "torch==2.13.0"], args: [], expect: "fails", shows: [] },
            { id: "newer", env: ["transformers==5.18.0", "torch==2.13.0"], args: [], expect: "fails", shows: [] },
          ],
        },
      },
      { slug: "c" },
    ]);
    expect(plans.map((p) => [p.requirements, p.runs.map((r) => `${r.slug}/${r.run.id}`)])).toEqual([
      [
        ["torch==2.13.0", "transformers==5.17.0"],
        ["a/fails", "b/fails"],
      ],
      [["torch==2.13.0", "transformers==5.18.0"], ["b/newer"]],
    ]);
  });

  it("name an environment's folder after its packages, and change it with them", () => {
    expect(environmentKey(["torch==2.13.0"])).toMatch(/^torch-2\.13\.0-[0-9a-f]+$/);
    expect(environmentKey(["torch==2.13.0"])).not.toBe(environmentKey(["torch==2.12.0"]));
  });
});

describe("pip sources", () => {
  // `pip config list` as printed on a machine with local wheel folders and a closed network.
  const offline = [
    ":env:.find-links='/opt/wheels'",
    "global.extra-index-url='file:///opt/pypi/simple file:///opt/pypi-more/simple'",
    "global.find-links='/opt/wheels'",
  ].join("\n");

  it("use local file:// indexes as the index, so pip never waits on an unreachable default", () => {
    expect(pipSourceArgs(offline, undefined)).toEqual([
      "--index-url",
      "file:///opt/pypi/simple",
      "--extra-index-url",
      "file:///opt/pypi-more/simple",
    ]);
  });

  it("leave an ordinary configuration alone", () => {
    expect(pipSourceArgs("global.timeout='60'", undefined)).toEqual([]);
    expect(pipSourceArgs("global.index-url='https://mirror.example/simple'\n" + offline, undefined)).toEqual([]);
  });

  it("let TRACEBOOK_PIP_ARGS decide when set", () => {
    expect(pipSourceArgs(offline, "--no-index --find-links /w")).toEqual(["--no-index", "--find-links", "/w"]);
  });
});
