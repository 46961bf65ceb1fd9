import { describe, expect, it } from "vitest";
import { formatPath } from "../src/load/zod-issues.ts";
import { checkCollection } from "../src/schema/collection.ts";
import type { ReproRecord } from "../src/schema/repro.ts";
import { runbookSchema } from "../src/schema/runbook.ts";
import { entry, validFrontmatter } from "./support/valid-runbook.ts";

/** Validate a frontmatter object and return "field: message" lines, as `npm run check` prints them. */
function problems(frontmatter: Record<string, unknown>): string[] {
  const result = runbookSchema.safeParse(frontmatter);
  return result.success ? [] : result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
}

function edit(change: (fm: Record<string, any>) => void): Record<string, unknown> {
  const fm = validFrontmatter() as Record<string, any>;
  change(fm);
  return fm;
}

describe("runbook schema", () => {
  it("accepts the reference runbook", () => {
    expect(problems(validFrontmatter())).toEqual([]);
  });

  it("rejects a runbook without signatures", () => {
    expect(problems(edit((fm) => (fm.signatures = [])))).toEqual([
      "signatures: needs at least one signature, or the matcher cannot find this runbook",
    ]);
  });

  it("says a missing field is required", () => {
    expect(problems(edit((fm) => delete fm.cause))).toEqual(["cause: is required"]);
  });

  it("rejects an unknown evidence kind", () => {
    expect(problems(edit((fm) => (fm.pins[0].evidence = "tested")))).toEqual([
      'pins[0].evidence: evidence must be one of reproduced, upstream, reported (got "tested")',
    ]);
  });

  it("rejects an upstream pin without its source", () => {
    expect(problems(edit((fm) => delete fm.pins[0].source))).toEqual(["pins[0].source: is required"]);
  });

  it("rejects a reproduced pin without its record", () => {
    const reproduced = edit((fm) => {
      fm.pins[0].evidence = "reproduced";
      delete fm.pins[0].source;
    });
    expect(problems(reproduced)).toEqual(["pins[0].record: is required"]);
  });

  it("rejects a malformed version specifier", () => {
    expect(problems(edit((fm) => (fm.pins[0].versions = { transformers: ">=4.37.x" })))).toEqual([
      'pins[0].versions.transformers: ">=4.37.x" is not a PEP 440 version specifier (write e.g. ">=4.37.0" or "==2.1.*")',
    ]);
  });

  it("rejects an unknown framework", () => {
    const [problem] = problems(edit((fm) => (fm.frameworks = ["tensorflow"])));
    expect(problem).toMatch(/^frameworks\[0\]: Invalid option: expected one of "pytorch"\|"transformers"/);
  });

  it("rejects an empty title", () => {
    expect(problems(edit((fm) => (fm.title = "  ")))).toEqual(["title: must not be empty"]);
  });

  it("rejects a signature that looks like a regular expression", () => {
    expect(problems(edit((fm) => (fm.signatures[0].message = ["f must be .* in order"])))).toEqual([
      'signatures[0].message[0]: cannot compile: "f must be .* in order" looks like a regular expression; write the literal message and use placeholders such as {number} or {text}',
    ]);
  });

  it("rejects a signature with an unknown placeholder", () => {
    expect(problems(edit((fm) => (fm.signatures[0].message = ["found {gpu} and {gpu}"])))).toEqual([
      "signatures[0].message[0]: cannot compile: unknown placeholder {gpu}; use one of {number}, {device}, {path}, {shape}, {name}, {text} (write {{ for a literal brace)",
    ]);
  });

  it("rejects a signature that could match any text", () => {
    expect(problems(edit((fm) => (fm.signatures[0].message = ["{text}"])))).toEqual([
      'signatures[0].message[0]: cannot compile: "{text}" has 0 literal characters; at least 6 are needed so it cannot match (nearly) any text',
    ]);
  });

  it("rejects a signature that requires with lines it does not list", () => {
    expect(problems(edit((fm) => (fm.signatures[0].requireWith = true)))).toEqual([
      "signatures[0].requireWith: requires `with` lines, but the signature lists none",
    ]);
  });

  it("rejects a signature with neither exception types nor logLine", () => {
    expect(problems(edit((fm) => delete fm.signatures[0].exception))).toEqual([
      "signatures[0].exception: is required (or set logLine: true for a log line)",
    ]);
  });

  it("rejects a log-line signature that also names exception types", () => {
    expect(problems(edit((fm) => (fm.signatures[0].logLine = true)))).toEqual([
      "signatures[0].exception: a logLine signature matches log lines, not exceptions; drop exception",
    ]);
  });

  it("rejects an example without its source", () => {
    expect(problems(edit((fm) => delete fm.examples[0].source))).toEqual(["examples[0].source: is required"]);
  });

  it("rejects fixes that are not listed safest first", () => {
    const fm = edit((fm) =>
      fm.fixes.unshift({ id: "downgrade", title: "Downgrade torch", safety: "risky", cost: "All of it.", steps: "no" }),
    );
    expect(problems(fm)).toEqual(['fixes[1].safety: fixes must be listed safest first: "upgrade" (safe) comes after "downgrade" (risky)']);
  });

  it("rejects a fix whose `when` names a signature the runbook does not have", () => {
    expect(problems(edit((fm) => (fm.fixes[0].when = { signatures: ["no-such-signature"] })))).toEqual([
      'fixes[0].when.signatures[0]: names signature "no-such-signature", which is not under signatures',
    ]);
  });

  it("rejects a fix whose `when` gives no condition, or a template that does not compile", () => {
    expect(problems(edit((fm) => (fm.fixes[0].when = {})))).toEqual([
      "fixes[0].when: must give at least one condition (signatures, message, log or versions)",
    ]);
    expect(problems(edit((fm) => (fm.fixes[0].when = { log: ["short"] })))).toEqual([
      'fixes[0].when.log[0]: cannot compile: "short" has 5 literal characters; at least 6 are needed so it cannot match (nearly) any text',
    ]);
  });

  it("rejects an example that names a fix the runbook does not have", () => {
    expect(problems(edit((fm) => (fm.examples[0].fix = "no-such-fix")))).toEqual([
      'examples[0].fix: names fix "no-such-fix", which is not under fixes',
    ]);
  });

  it("rejects two pins with the same id", () => {
    expect(problems(edit((fm) => fm.pins.push({ ...fm.pins[0] })))).toEqual(['pins[1].id: duplicate id "fixed"']);
  });

  it("rejects a bad slug in redirectFrom", () => {
    expect(problems(edit((fm) => (fm.redirectFrom = ["Old_Slug"])))).toEqual([
      "redirectFrom[0]: must be lowercase words joined by single hyphens, e.g. cuda-out-of-memory",
    ]);
  });
});

describe("checks across runbooks", () => {
  it("accepts runbooks that reference each other", () => {
    const a = entry("a-runbook", { ...validFrontmatter(), related: [{ slug: "b-runbook", tell: "different first exception" }] });
    expect(checkCollection([a, entry("b-runbook")])).toEqual([]);
  });

  it("rejects a related runbook that does not exist", () => {
    const a = entry("a-runbook", { ...validFrontmatter(), related: [{ slug: "no-such-runbook", tell: "x" }] });
    expect(checkCollection([a])).toEqual([
      { file: "content/runbooks/a-runbook/index.mdx", field: "related[0].slug", message: 'runbook "no-such-runbook" does not exist' },
    ]);
  });

  it("rejects an example file that does not exist", () => {
    expect(checkCollection([entry("a-runbook", validFrontmatter(), ["examples/a.txt"])])).toEqual([
      {
        file: "content/runbooks/a-runbook/index.mdx",
        field: "examples[1].file",
        message: 'file "examples/b.txt" does not exist beside the runbook',
      },
    ]);
  });

  it("rejects a duplicate slug, including a former slug of another runbook", () => {
    const renamed = entry("new-name", { ...validFrontmatter(), redirectFrom: ["old-name"] });
    expect(checkCollection([entry("old-name"), renamed])).toEqual([
      {
        file: "content/runbooks/new-name/index.mdx",
        field: "redirectFrom[0]",
        message: 'slug "old-name" is already used by content/runbooks/old-name/index.mdx; slugs and former slugs must be unique',
      },
    ]);
  });

  it("rejects a Markdown heading in the body, whose id would change with its wording", () => {
    const a = { ...entry("a-runbook"), body: "Intro.\n\n## Why: `mmap=True`\n" };
    expect(checkCollection([a])).toEqual([
      {
        file: "content/runbooks/a-runbook/index.mdx",
        field: "body",
        message: 'Markdown heading "## Why: `mmap=True`" has no stable id; write <h3 id="...">...</h3> so links to it never break',
      },
    ]);
  });
});

describe("reproduced pins and their records", () => {
  const failing =
    'Traceback (most recent call last):\n  File "repro.py", line 3, in <module>\nValueError: f must be a file path in order to use the mmap argument\n';
  const record = (over: Partial<ReproRecord> = {}): ReproRecord => ({
    runbook: "a-runbook",
    run: "fails",
    command: "python repro.py",
    date: "2026-11-23",
    python: "3.11.7",
    platform: "Linux",
    freeze: ["torch==2.13.0+cpu"],
    exitCode: 1,
    output: failing,
    ...over,
  });
  const withPin = (pin: Record<string, unknown>, records: [string, ReproRecord][]) => {
    const fm = validFrontmatter() as Record<string, any>;
    fm.signatures[0].message.push("f must be a file path in order to use the mmap argument");
    fm.repro = {
      script: "repro.py",
      runs: [
        { id: "fails", env: ["torch==2.13.0"], expect: "fails" },
        { id: "fixed", env: ["torch==2.13.0"], args: ["--fixed"], expect: "works" },
      ],
    };
    fm.pins = [
      { id: "rep", versions: { torch: "==2.13.0" }, outcome: "fails", evidence: "reproduced", record: "records/fails.json", ...pin },
    ];
    return { ...entry("a-runbook", fm, ["examples/a.txt", "examples/b.txt", "repro.py"]), records: new Map(records) };
  };
  const messages = (e: ReturnType<typeof withPin>) => checkCollection([e]).map((i) => `${i.field}: ${i.message}`);

  it("accept a failing pin backed by a record whose traceback this runbook matches", () => {
    expect(messages(withPin({}, [["records/fails.json", record()]]))).toEqual([]);
  });

  it("reject a pin whose record is missing", () => {
    expect(messages(withPin({}, []))).toEqual([
      'pins[0].record: record "records/fails.json" does not exist beside the runbook (npm run repro -- a-runbook writes it)',
    ]);
  });

  it("reject a record whose versions fall outside the pin", () => {
    expect(messages(withPin({ versions: { torch: ">=2.14" } }, [["records/fails.json", record()]]))).toEqual([
      "pins[0].versions.torch: the record ran torch 2.13.0+cpu, outside the pin's >=2.14",
    ]);
  });

  it("reject a failing pin whose record exited cleanly", () => {
    expect(messages(withPin({}, [["records/fails.json", record({ exitCode: 0, output: "" })]]))).toEqual([
      "repro.runs[0]: record records/fails.json no longer agrees (expect: fails): the run exited cleanly, so it does not show the failure; run npm run repro -- a-runbook",
      "pins[0].outcome: the pin says fails, but the run exited cleanly, so it does not show the failure",
    ]);
  });

  it("reject a failing pin whose record shows another failure", () => {
    const other = record({
      output: "Traceback (most recent call last):\n  File \"repro.py\", line 3, in <module>\nKeyError: 'qwen2_5_vl'\n",
    });
    expect(messages(withPin({}, [["records/fails.json", other]]))[1]).toBe(
      "pins[0].outcome: the pin says fails, but the run's output does not match this runbook's signatures first (no match)",
    );
  });

  it("reject a 'works' pin whose fixed run did not exit cleanly", () => {
    expect(
      messages(withPin({ outcome: "works", record: "records/fixed.json" }, [["records/fixed.json", record({ run: "fixed" })]])),
    ).toEqual([
      "repro.runs[1]: record records/fixed.json no longer agrees (expect: works): the run exited with 1, not 0; run npm run repro -- a-runbook",
      "pins[0].outcome: the pin says works, but the run exited with 1, not 0",
    ]);
  });
});

describe("a reproduced pin that credits a fix, and the record of that fix at work", () => {
  const fixedRecord = (over: Partial<ReproRecord> = {}): ReproRecord => ({
    runbook: "a-runbook",
    run: "fixed",
    command: "python repro.py --fixed",
    date: "2026-11-30",
    python: "3.11.7",
    platform: "Linux",
    freeze: ["torch==2.13.0+cpu"],
    exitCode: 0,
    output: "",
    ...over,
  });
  /** A runbook whose works pin credits fix "upgrade" and rests on records/fixed.json. */
  const crediting = (record: ReproRecord, fix: Record<string, unknown> = {}, shows?: string[]) => {
    const fm = validFrontmatter() as Record<string, any>;
    Object.assign(fm.fixes[0], fix);
    fm.repro = {
      script: "repro.py",
      runs: [{ id: "fixed", env: ["torch==2.13.0"], args: ["--fixed"], expect: "works", ...(shows ? { shows } : {}) }],
    };
    fm.pins = [
      {
        id: "fixed-run",
        versions: { torch: "==2.13.0" },
        outcome: "works",
        evidence: "reproduced",
        record: "records/fixed.json",
        afterFix: "upgrade",
      },
    ];
    const e = {
      ...entry("a-runbook", fm, ["examples/a.txt", "examples/b.txt", "repro.py"]),
      records: new Map([["records/fixed.json", record]]),
    };
    return checkCollection([e]).map((i) => `${i.field}: ${i.message}`);
  };
  const installsOpencompass = { installs: { opencompass: ">=0.2.2" } };

  it("accept a fix that installs a package when the record's environment has it in the fix's range", () => {
    expect(crediting(fixedRecord({ freeze: ["opencompass==0.2.2", "torch==2.13.0+cpu"] }), installsOpencompass)).toEqual([]);
  });

  it("reject a fix that installs a package the record's environment does not have", () => {
    expect(crediting(fixedRecord(), installsOpencompass)).toEqual([
      'pins[0].afterFix: the record records/fixed.json does not show fix "upgrade" at work: opencompass is not installed in its environment (the fix installs opencompass>=0.2.2)',
    ]);
  });

  it("reject a fix that installs a package when the record ran a version outside the fix's range", () => {
    expect(crediting(fixedRecord({ freeze: ["opencompass==0.2.1", "torch==2.13.0+cpu"] }), installsOpencompass)).toEqual([
      'pins[0].afterFix: the record records/fixed.json does not show fix "upgrade" at work: its environment has opencompass 0.2.1, outside the fix\'s opencompass>=0.2.2',
    ]);
  });

  it("reject a fix that installs nothing when its run names no shows: lines, whatever the exit", () => {
    expect(crediting(fixedRecord({ output: "loaded\n" }))).toEqual([
      'pins[0].afterFix: the record records/fixed.json does not show fix "upgrade" at work: its run lists no shows: lines, so a clean exit cannot tell that the fix ran',
    ]);
  });

  it("accept a fix that installs nothing when every shows: line is in the output, whitespace aside", () => {
    const output = "Loading...\nfixed:   torch.load got a str path\twith mmap=True\nloaded 3 tensors\n";
    expect(crediting(fixedRecord({ output }), {}, ["torch.load got a {text} path with mmap=True", "loaded {number} tensors"])).toEqual([]);
  });

  it("reject a fix that installs nothing when one of its shows: lines is not in the output", () => {
    const output = "fixed: torch.load got a str path with mmap=True\n";
    expect(crediting(fixedRecord({ output }), {}, ["torch.load got a {text} path with mmap=True", "loaded {number} tensors"])).toEqual([
      'pins[0].afterFix: the record records/fixed.json does not show fix "upgrade" at work: its output lacks the shows: line "loaded {number} tensors"',
    ]);
  });

  it("hold only pins that credit a fix: a works pin without afterFix needs just a clean exit", () => {
    const fm = validFrontmatter() as Record<string, any>;
    fm.repro = { script: "repro.py", runs: [{ id: "fixed", env: ["torch==2.13.0"], expect: "works" }] };
    fm.pins = [{ id: "ok", versions: { torch: "==2.13.0" }, outcome: "works", evidence: "reproduced", record: "records/fixed.json" }];
    const e = {
      ...entry("a-runbook", fm, ["examples/a.txt", "examples/b.txt", "repro.py"]),
      records: new Map([["records/fixed.json", fixedRecord()]]),
    };
    expect(checkCollection([e])).toEqual([]);
  });
});

describe("links in the body", () => {
  it("rejects a link to a runbook that does not exist", () => {
    const a = { ...entry("a-runbook"), body: "See [the other one](/runbooks/no-such-runbook/#fixes)." };
    expect(checkCollection([a])).toEqual([
      { file: "content/runbooks/a-runbook/index.mdx:1", field: "body", message: "links /runbooks/no-such-runbook/, which does not exist" },
    ]);
  });
});
