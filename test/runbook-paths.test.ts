import { describe, expect, it } from "vitest";
import { runbookPaths } from "../src/site/runbook-paths.ts";

describe("runbook URLs", () => {
  it("give every runbook its slug, and every former slug a page that sends readers on", () => {
    const entries = [
      { id: "meta-tensor-cannot-copy", data: { redirectFrom: ["meta-tensor", "cannot-copy-meta"] } },
      { id: "cuda-out-of-memory", data: { redirectFrom: [] } },
    ];
    expect(runbookPaths(entries).map((p) => [p.params.slug, p.props.redirectTo])).toEqual([
      ["meta-tensor-cannot-copy", undefined],
      ["meta-tensor", "/runbooks/meta-tensor-cannot-copy/"],
      ["cannot-copy-meta", "/runbooks/meta-tensor-cannot-copy/"],
      ["cuda-out-of-memory", undefined],
    ]);
  });
});
