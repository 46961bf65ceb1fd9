import { describe, expect, it } from "vitest";
import { compileRunbooks } from "../../src/matcher/compile.ts";
import { matchText } from "../../src/matcher/rank.ts";
import { runbookSchema } from "../../src/schema/runbook.ts";
import { validFrontmatter } from "../support/valid-runbook.ts";

// One runbook whose fixes each claim a different case, matched against pastes that show each case.
function index() {
  const fm = validFrontmatter();
  fm.signatures = [
    { id: "mmap-needs-path", exception: ["ValueError"], message: ["f must be a string filename in order to use mmap argument"] },
    { id: "new-wording", exception: ["ValueError"], message: ["f must be a file path in order to use the mmap argument"] },
  ];
  fm.fixes = [
    {
      id: "other-process",
      title: "Stop the other process",
      safety: "safe",
      cost: "None.",
      steps: "x",
      when: { log: ["Process {number} has {text} memory in use"] },
    },
    {
      id: "upgrade",
      title: "Upgrade OpenCompass",
      safety: "safe",
      cost: "None.",
      steps: "x",
      when: { versions: { opencompass: "<=0.2.1" } },
    },
    { id: "new-torch", title: "Pass a path", safety: "safe", cost: "None.", steps: "x", when: { signatures: ["new-wording"] } },
    { id: "general", title: "General advice", safety: "caution", cost: "Some.", steps: "x" },
  ];
  return compileRunbooks([{ slug: "mmap", data: runbookSchema.parse(fm) }]);
}

const OLD = "ValueError: f must be a string filename in order to use mmap argument\n";
const NEW = "ValueError: f must be a file path in order to use the mmap argument\n";

describe("the fix that fits", () => {
  it("leads with a fix whose log line the paste shows, and says which line", () => {
    const [match] = matchText(`Process 4242 has 14.85 GiB memory in use\n${OLD}`, index()).matches;
    expect(match?.fix).toMatchObject({ id: "other-process", because: ["line 1 shows “Process {number} has {text} memory in use”"] });
  });

  it("leads with a fix whose version range holds the pasted version, and says so", () => {
    const listed = matchText(`${OLD}Package Version\n------- -------\nopencompass 0.2.1\n`, index()).matches[0];
    expect(listed?.fix).toMatchObject({ id: "upgrade", because: ["your opencompass 0.2.1 is in <=0.2.1"] });
  });

  it("skips a fix whose version range the pasted version is outside, and takes the next that fits", () => {
    const [match] = matchText(`${OLD}Package Version\n------- -------\nopencompass 0.2.2\n`, index()).matches;
    expect(match?.fix.id).toBe("general");
  });

  it("picks the fix for the signature that matched", () => {
    expect(matchText(NEW, index()).matches[0]?.fix).toMatchObject({
      id: "new-torch",
      because: ["the log matches its signature “new-wording”"],
    });
  });

  it("falls back to the first fix that the paste does not contradict, with no reason given", () => {
    // No versions in the paste: the upgrade may apply, and the other-process fix is contradicted.
    expect(matchText(OLD, index()).matches[0]?.fix).toMatchObject({ id: "upgrade", because: [] });
  });
});

describe("a runbook for a wrapper's line", () => {
  const wrapperIndex = () => {
    const wrapper = validFrontmatter();
    wrapper.signatures = [{ id: "engine", exception: ["RuntimeError"], message: ["Engine core initialization failed."], wrapper: true }];
    const cause = validFrontmatter();
    return compileRunbooks([
      { slug: "engine-failed", data: runbookSchema.parse(wrapper) },
      { slug: "mmap", data: runbookSchema.parse(cause) },
    ]);
  };
  const ROOT = `ValueError: f must be a string filename in order to use mmap argument`;
  const WRAPPER = "RuntimeError: Engine core initialization failed. See root cause above.";

  it("answers when nothing explains the failure itself", () => {
    expect(matchText(WRAPPER, wrapperIndex()).matches.map((m) => m.slug)).toEqual(["engine-failed"]);
  });

  it("stands aside when the log also shows the failure a runbook explains", () => {
    expect(matchText(`${ROOT}\n${WRAPPER}`, wrapperIndex()).matches.map((m) => m.slug)).toEqual(["mmap"]);
  });
});
