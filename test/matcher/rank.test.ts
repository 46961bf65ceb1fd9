import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileRunbooks } from "../../src/matcher/compile.ts";
import { matchText, THRESHOLD } from "../../src/matcher/rank.ts";
import { runbookSchema } from "../../src/schema/runbook.ts";
import { examples, index } from "../support/content.ts";
import { validFrontmatter } from "../support/valid-runbook.ts";

const seed = examples.find((e) => e.slug === "device-map-empty-string" && e.text.includes("Traceback"))!;

describe("ranking", () => {
  it("explains a match: which input lines matched which signature", () => {
    const [match] = matchText(seed.text, index).matches;
    expect(match!.slug).toBe("device-map-empty-string");
    const lines = seed.text.split("\n");
    for (const e of match!.evidence) expect(lines[e.line - 1]).toContain(e.text.trim());
    expect(match!.evidence.map((e) => e.kind)).toContain("message");
  });

  it("gives partial credit to a paste that runs out in the middle of the message, less than to the whole", () => {
    const whole = matchText(seed.text, index).matches[0]!;
    const at = seed.text.lastIndexOf("'sequential' but found");
    const cut = matchText(seed.text.slice(0, at), index).matches.find((m) => m.slug === "device-map-empty-string");
    expect(cut).toBeDefined();
    expect(cut!.confidence).toBeLessThan(whole.confidence);
    expect(cut!.evidence.map((e) => e.kind)).toContain("partial");
  });

  it("gives nothing to a paste cut so early that little of the message is left", () => {
    const at = seed.text.lastIndexOf("When passing device_map") + "When passing".length;
    expect(matchText(seed.text.slice(0, at), index).matches.map((m) => m.slug)).not.toContain("device-map-empty-string");
  });

  it("says 'no known runbook' rather than guess below the threshold", () => {
    const result = matchText(
      'Traceback (most recent call last):\n  File "x.py", line 1, in <module>\nZeroDivisionError: division by zero',
      index,
    );
    expect(result.matches).toEqual([]);
    expect(result.exceptions).toEqual([{ type: "ZeroDivisionError", message: "division by zero", line: 3 }]);
  });

  it("puts every confidence in [0, 1], and every match at or above the threshold", () => {
    for (const e of examples) {
      for (const m of matchText(e.text, index).matches) {
        expect(m.confidence).toBeGreaterThanOrEqual(THRESHOLD);
        expect(m.confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe("signatures that require their co-occurring lines", () => {
  // The KeyError part of a run recorded by npm run repro (transformers 5.17.0, model_type minicpmv4_7).
  const record = JSON.parse(readFileSync("content/runbooks/transformers-unrecognized-model-type/records/fails-5-17-0.json", "utf8"))
    .output as string;
  const keyErrorPart = record.slice(0, record.indexOf("KeyError: 'minicpmv4_7'") + "KeyError: 'minicpmv4_7'".length);

  it("match when the telling line is in the paste", () => {
    expect(matchText(keyErrorPart, index).matches.map((m) => m.slug)).toEqual(["transformers-unrecognized-model-type"]);
  });

  it("give a near miss, not a match, for the bare message", () => {
    const result = matchText("KeyError: 'minicpmv4_7'", index);
    expect(result.matches).toEqual([]);
    expect(result.nearMisses).toContainEqual(
      expect.objectContaining({ slug: "transformers-unrecognized-model-type", reason: expect.stringContaining("lacks the line") }),
    );
  });
});

describe("wrappers", () => {
  it.each(["childfailederror-default-prefixed.txt", "calledprocesserror.txt"])(
    "%s: the failure inside is scored, not the wrapper",
    (file) => {
      const result = matchText(readFileSync(`test/fixtures/logs/${file}`, "utf8"), index);
      expect(result.matches.map((m) => m.slug)).toEqual(["torch-load-mmap-string-filename"]);
      expect(result.matches[0]!.evidence.every((e) => !/ChildFailedError|CalledProcessError/.test(e.text))).toBe(true);
    },
  );
});

describe("re-raises the parser sets aside", () => {
  // transformers 4.x's "Unable to load weights ..." only re-raises torch.load's failure: the parser marks it a wrapper.
  const reRaise =
    "OSError: Unable to load weights from pytorch checkpoint file for 'm/pytorch_model.bin' at 'm/pytorch_model.bin'. " +
    "If you tried to load a PyTorch model from a TF 2.0 checkpoint, please set from_tf=True.";
  const runbook = (slug: string, wrapper: boolean) => {
    const fm = validFrontmatter() as Record<string, any>;
    fm.signatures = [{ id: "re-raise", exception: ["OSError"], message: ["Unable to load weights from pytorch checkpoint file"], wrapper }];
    return { slug, data: runbookSchema.parse(fm) };
  };

  it("are read by a wrapper signature written for them", () => {
    const result = matchText(reRaise, compileRunbooks([runbook("read-first", true)]));
    expect(result.matches.map((m) => m.slug)).toEqual(["read-first"]);
  });

  it("are not read by an ordinary signature, which must name the failure inside", () => {
    expect(matchText(reRaise, compileRunbooks([runbook("ordinary", false)])).matches).toEqual([]);
  });
});

describe("shared evidence", () => {
  // Two runbooks with the same message: the one whose extra evidence is present wins; the other counts for less.
  const twin = (slug: string, extra: Record<string, unknown>) => {
    const fm = validFrontmatter() as Record<string, any>;
    fm.signatures = [
      { id: "main", exception: ["ValueError"], message: ["f must be a string filename in order to use mmap argument"], ...extra },
    ];
    return { slug, data: runbookSchema.parse(fm) };
  };
  const text = seedMmap();

  it("counts a message two runbooks both claim for less than one only one claims", () => {
    const alone = matchText(text, compileRunbooks([twin("a-runbook", {})])).matches[0]!;
    const pair = matchText(text, compileRunbooks([twin("a-runbook", {}), twin("b-runbook", {})])).matches;
    expect(alone.confidence).toBe(1);
    expect(pair.map((m) => m.confidence)).toEqual([0.71, 0.71]);
  });

  it("lets the runbook with more specific evidence present win the shared message", () => {
    const index = compileRunbooks([twin("plain", {}), twin("specific", { frames: ["torch/serialization.py:load"] })]);
    const matches = matchText(text, index).matches;
    expect(matches.map((m) => m.slug)).toEqual(["specific"]);
  });
});

describe("chains", () => {
  it("a signature that needs the first exception does not match a later one, and says why", () => {
    const fm = validFrontmatter() as Record<string, any>;
    fm.signatures = [
      {
        id: "decode",
        exception: ["UnicodeDecodeError"],
        message: ["{name} codec can't decode byte 0x80 in position {number}"],
        chain: "first",
      },
    ];
    // kohya_ss#539: a PytorchStreamReader error, then the UnicodeDecodeError of transformers' fallback.
    const chained = readFileSync("test/fixtures/logs/chained-during-handling.txt", "utf8");
    const result = matchText(chained, compileRunbooks([{ slug: "decode-first", data: runbookSchema.parse(fm) }]));
    expect(result.matches).toEqual([]);
    expect(result.nearMisses[0]!.reason).toMatch(/needs the first exception of the chain/);
  });
});

/** torch 2.1's refusal of a non-path with mmap=True, as reported in pytorch#116103 (an example of the seed runbook). */
function seedMmap(): string {
  const reported = examples.find((e) => e.slug === "torch-load-mmap-string-filename" && e.text.includes("string filename"));
  if (!reported) throw new Error("the mmap seed runbook lost its torch 2.1 example");
  return reported.text;
}
