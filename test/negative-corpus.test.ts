import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { matchText } from "../src/matcher/rank.ts";
import { index } from "./support/content.ts";

interface Fixture {
  file: string;
  source: string;
  kind: "parser" | "negative";
}

// Real tracebacks from this ecosystem that no runbook explains (sources in the manifest).
const negatives = (JSON.parse(readFileSync("test/fixtures/logs/index.json", "utf8")) as Fixture[]).filter((f) => f.kind === "negative");
const read = (file: string) => readFileSync(`test/fixtures/logs/${file}`, "utf8");

describe("the negative corpus", () => {
  it("has at least 15 real tracebacks, each with its source", () => {
    expect(negatives.length).toBeGreaterThanOrEqual(15);
    for (const f of negatives) expect(f.source, f.file).toMatch(/^https:\/\/github\.com\/|^reproduced: /);
  });

  it.each(negatives.map((f) => f.file))("%s matches no runbook", (file) => {
    expect(matchText(read(file), index).matches).toEqual([]);
  });
});

describe("near misses are reported apart from matches", () => {
  it("cpu and cuda:0 is the CPU-left-behind failure, and only a near miss of the two-GPU one", () => {
    const result = matchText(read("negative-cpu-and-cuda0.txt"), index);
    expect(result.matches.map((m) => m.slug)).toEqual(["model-on-cpu-inputs-on-cuda"]);
    expect(result.nearMisses).toContainEqual(
      expect.objectContaining({ slug: "multi-gpu-tensors-different-devices", reason: expect.stringContaining("{device:cuda}") }),
    );
  });

  it("a non-empty device_map is not the empty-string failure", () => {
    const result = matchText(read("negative-device-map-gpu-string.txt"), index);
    expect(result.matches).toEqual([]);
    expect(result.nearMisses.map((n) => n.slug)).toContain("device-map-empty-string");
  });
});
