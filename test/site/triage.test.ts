import { describe, expect, it } from "vitest";
import { runbookSchema } from "../../src/schema/runbook.ts";
import { contentsOf } from "../../src/site/runbook-view.ts";
import { describeWhen, triage } from "../../src/site/triage.ts";
import { content, examples } from "../support/content.ts";
import { validFrontmatter } from "../support/valid-runbook.ts";

/** The valid runbook with these fixes. */
function withFixes(fixes: Record<string, unknown>[]) {
  const base = validFrontmatter();
  const fix = (base.fixes as Record<string, unknown>[])[0]!;
  const made = fixes.map((f) => ({ ...fix, ...f }));
  // Every example names the fix that answers it; here the first one does.
  const examples = (base.examples as Record<string, unknown>[]).map((e) => ({ ...e, fix: made[0]?.id }));
  return runbookSchema.parse({ ...base, fixes: made, examples });
}

describe("the 'which case is yours' triage", () => {
  it("leads each case a fix names to that fix, and every other case to the first fix without a case", () => {
    const data = withFixes([
      { id: "a", title: "A", when: { message: ["Process {number} has"], case: "Another process holds the GPU." } },
      { id: "b", title: "B" },
      { id: "c", title: "C", when: { log: ["in from_pretrained"] } },
      { id: "d", title: "D" },
    ]);
    expect(triage(data)).toEqual([
      { case: "Another process holds the GPU.", fixes: [{ id: "a", title: "A", safety: "safe" }], kind: "when" },
      { case: "A line of the log shows `in from_pretrained`.", fixes: [{ id: "c", title: "C", safety: "safe" }], kind: "when" },
      { case: "Any other case.", fixes: [{ id: "b", title: "B", safety: "safe" }], kind: "otherwise" },
    ]);
  });

  it("gathers fixes that answer the same case into one row, in the runbook's order", () => {
    const data = withFixes([
      { id: "a", title: "A", when: { signatures: ["mmap-needs-path"], case: "Same." } },
      { id: "b", title: "B", when: { signatures: ["mmap-needs-path"], case: "Same." } },
    ]);
    expect(triage(data).map((r) => r.fixes.map((f) => f.id))).toEqual([["a", "b"]]);
  });

  it("without any case, leads the runbook's wordings to its first fix", () => {
    expect(
      triage(
        withFixes([
          { id: "a", title: "A" },
          { id: "b", title: "B" },
        ]),
      ),
    ).toEqual([
      {
        case: "Your log shows `f must be a string filename in order to use mmap argument`.",
        fixes: [{ id: "a", title: "A", safety: "safe" }],
        kind: "otherwise",
      },
    ]);
  });

  it("says a fix's conditions in words, placeholders as a reader sees them, when it gives no case sentence", () => {
    expect(
      describeWhen(
        { signatures: ["mmap-needs-path"], message: ["found {device:cuda} and {device:cpu}"], versions: { transformers: ">=4.50" } },
        withFixes([{}]).signatures,
      ),
    ).toBe(
      "Your log shows `f must be a string filename in order to use mmap argument`, and the message has `found cuda:N and cpu`, and your transformers is >=4.50.",
    );
  });

  it("on every runbook, names every fix that has a case, and the fix the matcher picks for each example", () => {
    for (const rb of content.runbooks) {
      const rows = triage(rb.data);
      const named = new Set(rows.flatMap((r) => r.fixes.map((f) => f.id)));
      for (const fix of rb.data.fixes) if (fix.when) expect(named, `${rb.slug}: #fix-${fix.id}`).toContain(fix.id);
      for (const example of examples.filter((e) => e.slug === rb.slug))
        expect(named, `${rb.slug}/${example.file} leads with #fix-${example.fix}`).toContain(example.fix);
    }
  });
});

describe("On this page", () => {
  it("lists every section the runbook has, with each fix under What to do", () => {
    const rb = content.runbooks.find((r) => r.slug === "cuda-out-of-memory")!;
    const entries = contentsOf(rb.data);
    expect(entries.map((e) => e.id)).toEqual(
      ["triage", "fixes", "wrong", "signatures", "cause", "hardware", "pins", "examples", "related", "sources"].filter(
        (id) => (id !== "wrong" || rb.data.wrong.length > 0) && (id !== "related" || rb.data.related.length > 0),
      ),
    );
    expect(entries.find((e) => e.id === "fixes")!.children!.map((c) => c.id)).toEqual(rb.data.fixes.map((f) => `fix-${f.id}`));
  });
});
