import { describe, expect, it } from "vitest";
import { matchText } from "../../src/matcher/rank.ts";
import { codeBlock, matchReply } from "../../src/matcher/reply.ts";
import { examples, index } from "../support/content.ts";

const ORIGIN = "https://tracebook.example";

describe("the reply to a matched log", () => {
  const seed = examples.find((e) => e.slug === "torch-load-mmap-string-filename")!;
  const [match] = matchText(seed.text, index).matches;

  it("names the runbook, how sure it is and what it rests on, and leads with the fix that fits", () => {
    const reply = matchReply(match!, ORIGIN);
    expect(reply).toMatch(/^This looks like \*\*.+\*\* \((strong|partial evidence): .+ matched\)\.\n\nCause: /);
    expect(reply).toContain(`](${ORIGIN}${match!.fix.url})`);
    expect(reply).toContain(`${ORIGIN}/runbooks/torch-load-mmap-string-filename/`);
  });

  it("quotes the lines it rests on inside a code block, with their line numbers", () => {
    const reply = matchReply(match!, ORIGIN);
    const block = /```text\n([\s\S]*?)\n```/.exec(reply)?.[1] ?? "";
    for (const e of match!.evidence) expect(block).toContain(`${String(e.line).padStart(5)} | ${e.text.trim().slice(0, 200)}`);
  });

  it("fences pasted text with more backticks than it holds, so it cannot close the block", () => {
    expect(codeBlock(["a ``` b", "````"])).toEqual(["`````text", "a ``` b", "````", "`````"]);
  });
});
