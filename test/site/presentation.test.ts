import { describe, expect, it } from "vitest";
import { HEADER_POLICY, META_POLICY } from "../../src/site/csp.ts";
import { shortenLocalPaths } from "../../src/site/local-paths.ts";
import { codeSpan } from "../../src/site/markdown-code.ts";
import { canonicalPath, navSection } from "../../src/site/navigation.ts";
import { isLocal, originWarning } from "../../src/site/origin.ts";
import { plainText } from "../../src/site/plain-text.ts";
import { templateInWords } from "../../src/site/template-words.ts";

describe("templates in words", () => {
  it("reads as the message would, with no template syntax left", () => {
    expect(templateInWords('expected "{device:cuda}" where the message has "cpu and cuda:0"')).toBe(
      'expected "cuda:N" where the message has "cpu and cuda:0"',
    );
    expect(templateInWords("Process {number} has {text} memory in use")).toBe("Process N has … memory in use");
    expect(templateInWords("{device:meta} at {path} of shape {shape}, {name}, {device} {{x}}")).toBe(
      "meta at <path> of shape <shape>, <name>, <device> {x}",
    );
  });
});

describe("local paths in reproduced tracebacks", () => {
  it("shows this machine's virtual environments as <venv>/, its checkouts (and npm run repro's copies of a runbook folder) as ~/tracebook/ and home folders as ~/", () => {
    // Lines from content/runbooks/torch-load-mmap-string-filename/records and a conda environment.
    expect(
      shortenLocalPaths(
        [
          '  File "/root/.cache/tracebook/venvs/torch-2.13.0_transformers-5.17.0-f30836ee/lib/python3.11/site-packages/torch/serialization.py", line 1586, in load',
          '  File "/work/main/content/runbooks/torch-load-mmap-string-filename/repro.py", line 64, in <module>',
          '  File "/opt/conda/envs/yi/lib/python3.10/site-packages/accelerate/big_modeling.py", line 415, in wrapper',
          "  cached in /home/alice/.cache/huggingface and /Users/bob/models, /root/x",
          '  File "/tmp/tmpbmb_dm7p/project/vllm.py", line 3, in <module>',
          '  File "/tmp/tracebook-repro/not-a-valid-model-identifier/work/repro.py", line 80, in <module>',
        ].join("\n"),
      ),
    ).toBe(
      [
        '  File "<venv>/lib/python3.11/site-packages/torch/serialization.py", line 1586, in load',
        '  File "~/tracebook/content/runbooks/torch-load-mmap-string-filename/repro.py", line 64, in <module>',
        '  File "<venv>/lib/python3.10/site-packages/accelerate/big_modeling.py", line 415, in wrapper',
        "  cached in ~/.cache/huggingface and ~/models, ~/x",
        '  File "/tmp/tmpbmb_dm7p/project/vllm.py", line 3, in <module>',
        '  File "~/tracebook/content/runbooks/not-a-valid-model-identifier/repro.py", line 80, in <module>',
      ].join("\n"),
    );
  });
});

describe("Markdown helpers", () => {
  it("a code span holds any text, backticks included", () => {
    expect(codeSpan("a")).toBe("`a`");
    expect(codeSpan("a `b` c")).toBe("``a `b` c``");
    expect(codeSpan("`x")).toBe("`` `x ``");
  });

  it("plain text drops the Markdown and its HTML escaping", () => {
    expect(plainText('Pass `dtype="auto"` when a < b & **don\'t** [read](https://x.test)')).toBe(
      'Pass dtype="auto" when a < b & don\'t read',
    );
  });
});

describe("the site's public origin", () => {
  it("warns when links would point at a local origin, and only then", () => {
    expect(originWarning("http://localhost:4321")).toMatch(/TRACEBOOK_SITE is not set/);
    expect(originWarning("http://127.0.0.1:8080")).toMatch(/points at http:\/\/127\.0\.0\.1:8080/);
    expect(originWarning("https://tracebook.example.org")).toBeUndefined();
    expect(isLocal("https://localhost.example.org")).toBe(false);
  });
});

describe("navigation", () => {
  it("marks the section a page belongs to, with or without the trailing slash", () => {
    expect(navSection("/runbooks/cuda-out-of-memory/")).toBe("/");
    expect(navSection("/categories/memory/")).toBe("/");
    expect(navSection("/match")).toBe("/match/");
    expect(navSection("/search/")).toBe("/search/");
    expect(navSection("/no-such-page/")).toBeUndefined();
    expect(canonicalPath("/match")).toBe("/match/");
    expect(canonicalPath("/runbooks.json")).toBe("/runbooks.json");
  });
});

describe("the Content-Security-Policy", () => {
  it("lets script run only from this origin's files, never inline, from elsewhere or through eval", () => {
    for (const policy of [META_POLICY, HEADER_POLICY]) {
      const script = policy.split("; ").find((d) => d.startsWith("script-src"))!;
      expect(script).toBe("script-src 'self' 'wasm-unsafe-eval'");
      expect(policy).toContain("object-src 'none'");
    }
    expect(HEADER_POLICY).toContain("frame-ancestors 'none'");
    expect(META_POLICY).not.toContain("frame-ancestors");
  });
});
