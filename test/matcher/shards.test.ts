import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticRunbooks } from "../../scripts/lib/synthetic-runbooks.ts";
import { compileRunbooks, type CompiledIndex } from "../../src/matcher/compile.ts";
import { parseLog } from "../../src/matcher/parse.ts";
import { rankLog } from "../../src/matcher/rank.ts";
import { shardedMatcher } from "../../src/matcher/sharded-matcher.ts";
import { MESSAGE_KEY_CHARS, mergeShards, messageKey, shardIndex, shardsFor, type ShardedIndex } from "../../src/matcher/shards.ts";
import { compileTemplate, matchAt, normalizeSpace } from "../../src/matcher/template.ts";
import { content, examples, index, recordedFailures } from "../support/content.ts";

/** Rank against only the shards the log selects, as the matcher page and the CLI do. */
function rankSharded(text: string, sharded: ShardedIndex) {
  const log = parseLog(text);
  const names = shardsFor(log, sharded.manifest);
  return {
    names,
    result: rankLog(
      log,
      mergeShards(
        sharded.manifest,
        names.map((n) => sharded.shards.get(n)!),
      ),
    ),
  };
}

const sharded = shardIndex(index);
const fixtures = readdirSync("test/fixtures/logs")
  .filter((f) => f.endsWith(".txt"))
  .map((f) => ({ name: f, text: readFileSync(`test/fixtures/logs/${f}`, "utf8") }));

describe("sharded signatures give the same answer as the whole index", () => {
  const inputs = [
    ...examples.map((e) => ({ name: `${e.slug}/${e.file}`, text: e.text })),
    ...recordedFailures.map((r) => ({ name: `${r.slug}/records/${r.id}`, text: r.text })),
    ...fixtures,
  ];
  it.each(inputs.map((i) => [i.name, i.text] as const))("%s", (_, text) => {
    // Matches, near misses (their order too), exceptions and versions: all of it.
    expect(rankSharded(text, sharded).result).toEqual(rankLog(parseLog(text), index));
  });

  it("for pastes cut anywhere, where a near miss or a partial match is all there is", () => {
    for (const example of examples.filter((_, i) => i % 3 === 0)) {
      for (const fraction of [0.5, 0.8, 0.9, 0.95, 0.99]) {
        const cut = example.text.slice(0, Math.floor(example.text.length * fraction));
        expect(rankSharded(cut, sharded).result, `${example.slug}/${example.file} cut at ${fraction}`).toEqual(
          rankLog(parseLog(cut), index),
        );
      }
    }
  });

  it("with 1,000 runbooks, for real and generated examples", () => {
    const synthetic = syntheticRunbooks(970);
    const big: CompiledIndex = compileRunbooks([...content.runbooks, ...synthetic.map((s) => ({ slug: s.slug, data: s.data }))]);
    const bigSharded = shardIndex(big);
    // Every example is compared at the real content's size above; here a third of them, with the
    // generated ones, check that keys split across crowded prefixes still select every shard needed.
    const texts = [
      ...examples.filter((_, i) => i % 3 === 0).map((e) => e.text),
      ...synthetic.filter((_, i) => i % 10 === 0).flatMap((s) => Object.values(s.examples)),
    ];
    for (const text of texts) expect(rankSharded(text, bigSharded).result).toEqual(rankLog(parseLog(text), big));
    // and each generated example finds its own runbook first
    for (const s of synthetic.filter((_, i) => i % 10 === 0)) {
      for (const text of Object.values(s.examples)) expect(rankSharded(text, bigSharded).result.matches[0]?.slug).toBe(s.slug);
    }
    // Generating, compiling and ranking against 1,000 runbooks: seconds on a quiet machine, and the
    // timeout is sized for a busy one, where it ran past the default 30 s.
  }, 90_000);
});

describe("shard selection", () => {
  it("loads a small part of the data for a seed example", () => {
    const seed = examples.find((e) => e.slug === "device-map-empty-string")!;
    const { names } = rankSharded(seed.text, sharded);
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThan(sharded.shards.size / 4);
  });

  it("keys anchors that open alike by longer prefixes, so a line loads the anchors it may contain, not all that open so", () => {
    const synthetic = syntheticRunbooks(400);
    const crowded = shardIndex(compileRunbooks([...content.runbooks, ...synthetic.map((s) => ({ slug: s.slug, data: s.data }))]));
    const opening = "size mismatch fo";
    const keyed = Object.entries(crowded.manifest.anywhere).filter(([, keys]) => keys.some((k) => k.startsWith(opening)));
    expect(keyed.flatMap(([, keys]) => keys).some((k) => k.startsWith(opening) && k.length > opening.length)).toBe(true);
    const seed = examples.find((e) => e.slug === "qwen2-5-vl-zero3-shape-mismatch" && e.text.includes("size mismatch for"))!;
    const selected = shardsFor(parseLog(seed.text), crowded.manifest).filter((n) => keyed.some(([name]) => name === n));
    expect(selected.length).toBeLessThan(keyed.length);
    // and still exactly the whole index's answer
    expect(rankSharded(seed.text, crowded).result).toEqual(
      rankLog(parseLog(seed.text), compileRunbooks([...content.runbooks, ...synthetic.map((s) => ({ slug: s.slug, data: s.data }))])),
    );
  });

  it("loads nothing for a log whose exception no runbook knows and whose lines hold no anchor", () => {
    expect(rankSharded("Traceback (most recent call last):\nZeroDivisionError: division by zero", sharded).names).toEqual([]);
  });

  it("loads the shard of a message found inside a logger's line, though no exception was parsed", () => {
    const line = "05-10 21:54:46 [lmms_eval/models/llava.py:407] ERROR Error CUDA out of memory. Tried to allocate 20.00 MiB";
    const { names, result } = rankSharded(line, sharded);
    expect(names.every((n) => n in sharded.manifest.anywhere)).toBe(true);
    expect(result.matches.map((m) => [m.slug, m.basis])).toEqual([["cuda-out-of-memory", "embedded"]]);
  });

  it("files a template that starts with {text} by its next literal, looked for anywhere in the message", () => {
    expect(messageKey(compileTemplate("{text}NCCL communicator was aborted on rank {number}."))).toEqual({
      kind: "within",
      key: "NCCL communicator was aborted on rank ",
    });
    // The manifest keeps only the prefix that the split by size needed: a prefix of the literal, maybe empty.
    for (const key of Object.keys(sharded.manifest.exceptions.RuntimeError!.within)) {
      expect(
        Object.values(index.runbooks).some((r) => r.signatures.some((s) => s.message.some((t) => messageKey(t).key.startsWith(key)))),
      ).toBe(true);
    }
  });

  it("files a template that starts with another placeholder under the empty start, which every message of its type selects", () => {
    expect(messageKey(compileTemplate("{path} doesn't have any device set."))).toEqual({ kind: "start", key: "" });
    expect(sharded.manifest.exceptions.ValueError?.start[""]).toBeDefined();
  });

  it("keys a short template by the part a near miss must share", () => {
    // 'qwen2_vl' comes within half of 'qwen2_5_vl': a near miss the sharded matcher must still see.
    const template = compileTemplate("'qwen2_5_vl'");
    expect(matchAt(template, "'qwen2_vl'").status).toBe("contradicted");
    expect("'qwen2_vl'".startsWith(messageKey(template).key)).toBe(true);
  });

  it("keeps the key property for any template and any text it matches, cuts or contradicts", () => {
    const word = fc.stringMatching(/^[A-Za-z_'`:()]{1,9}$/);
    const placeholder = fc.constantFrom("{number}", "{text}", "{path}", "{name}", "{device}", "{shape}");
    const template = fc
      .tuple(
        fc.constantFrom("", "{text}", "{text} ", "{number} "),
        fc.array(word, { minLength: 1, maxLength: 6 }),
        fc.option(placeholder),
        fc.array(word, { maxLength: 3 }),
      )
      .map(([lead, head, middle, tail]) => lead + [head.join(" "), middle ?? "", tail.join(" ")].filter(Boolean).join(" "))
      .filter((source) => {
        try {
          compileTemplate(source);
          return true;
        } catch {
          return false;
        }
      });
    fc.assert(
      fc.property(template, fc.nat(), fc.nat(), fc.string({ maxLength: 3 }), (source, cut, at, edit) => {
        const compiled = compileTemplate(source);
        const literal = source.replace(/\{\w+\}/g, "7 ");
        // Texts near the template: whole, cut off, or edited at one point.
        const edited = literal.slice(0, at % (literal.length + 1)) + edit + literal.slice((at % (literal.length + 1)) + 1);
        for (const raw of [literal, literal.slice(0, cut % (literal.length + 1)), edited]) {
          const text = normalizeSpace(raw);
          if (!text || matchAt(compiled, text).status === "none") continue;
          const { kind, key } = messageKey(compiled);
          expect(key.length).toBeLessThanOrEqual(MESSAGE_KEY_CHARS);
          const selected = kind === "within" ? text.includes(key) : text.startsWith(key) || key.startsWith(text);
          expect(selected, `${JSON.stringify(text)} against ${kind} key ${JSON.stringify(key)}`).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses a shard from another build", () => {
    const [name, shard] = [...sharded.shards][0]!;
    expect(() => mergeShards({ ...sharded.manifest, version: "00000000" }, [shard])).toThrow(/another build/);
    expect(name).toMatch(/^[0-9a-f]{8}\.json$/);
  });
});

describe("the sharded matcher", () => {
  it("loads each shard once, however many pastes need it", async () => {
    const loads: string[] = [];
    const matcher = shardedMatcher(sharded.manifest, (name) => {
      loads.push(name);
      return Promise.resolve(sharded.shards.get(name)!);
    });
    const seed = examples.find((e) => e.slug === "meta-tensor-cannot-copy")!;
    const first = await matcher.match(seed.text);
    await matcher.match(seed.text);
    expect(first.result.matches[0]?.slug).toBe("meta-tensor-cannot-copy");
    expect(loads).toEqual(first.shards);
    expect(new Set(loads).size).toBe(loads.length);
  });

  it("tries a shard again after a failed load", async () => {
    let fail = true;
    const matcher = shardedMatcher(sharded.manifest, (name) =>
      fail ? Promise.reject(new Error("offline")) : Promise.resolve(sharded.shards.get(name)!),
    );
    const seed = examples.find((e) => e.slug === "meta-tensor-cannot-copy")!;
    await expect(matcher.match(seed.text)).rejects.toThrow("offline");
    fail = false;
    expect((await matcher.match(seed.text)).result.matches[0]?.slug).toBe("meta-tensor-cannot-copy");
  });
});
