import { describe, expect, it } from "vitest";
import { logFromMarkdown } from "../../src/action/issue-logs.ts";

describe("the log in an issue's Markdown", () => {
  it("keeps every line where the reporter wrote it, so evidence line numbers are the issue's", () => {
    const body = "Intro\r\n\r\n```python\r\nTraceback (most recent call last):\r\nValueError: x\r\n```\r\nAfter";
    const log = logFromMarkdown(body);
    expect(log.split("\n")).toEqual(["Intro", "", "", "Traceback (most recent call last):", "ValueError: x", "", "After"]);
  });

  it("blanks fence lines, so a message is not read as running into the closing fence", () => {
    expect(logFromMarkdown("~~~\nRuntimeError: boom\n~~~~\nnext")).toBe("\nRuntimeError: boom\n\nnext");
  });

  it("keeps a fence of backticks open across a shorter fence and a tilde fence inside it", () => {
    expect(logFromMarkdown("````\n```\n~~~\n````")).toBe("\n```\n~~~\n");
  });

  it("reads a <details> block, its tags and summary gone", () => {
    const body =
      "<details>\n<summary>Full log</summary>\n\nValueError: x\n</details>\n<details><summary>env</summary>torch 2.1.0</details>";
    expect(logFromMarkdown(body)).toBe("\nFull log\n\nValueError: x\n\nenvtorch 2.1.0");
  });

  it("drops HTML comments, where issue templates keep their instructions and made-up examples", () => {
    const body = "<!-- Paste the error, e.g.\nRuntimeError: CUDA out of memory -->\nmy text";
    expect(logFromMarkdown(body)).toBe("\n\nmy text");
  });
});
