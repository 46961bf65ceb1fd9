import { marked, type Token } from "marked";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { shardIndex } from "../../src/matcher/shards.ts";
import { examples, index } from "../support/content.ts";
import { ACTION_BOT, fakeGitHub, type FakeGitHub } from "./fake-github.ts";
import { issueEvent, runAction } from "./run-action.ts";

// The Action end to end, as GitHub runs it (node <runs.main>, INPUT_* and GITHUB_* variables, the
// event payload in a file), against a stand-in for GitHub's API on 127.0.0.1.

const mmap = examples.find((e) => e.slug === "torch-load-mmap-string-filename")!;
const meta = examples.find((e) => e.slug === "meta-tensor-cannot-copy")!;

/** An issue body as GitHub's form sends it: CRLF, prose, the log in a fenced block. */
function issueBody(log: string, before = "Loading the checkpoint fails with the log below.") {
  return `${before}\r\n\r\n\`\`\`\r\n${log.trimEnd().split("\n").join("\r\n")}\r\n\`\`\`\r\n\r\nAny idea what is wrong?`;
}

// The site's signature files, as the build writes them.
const site = shardIndex(index);
let github: FakeGitHub;
beforeEach(async () => {
  github = await fakeGitHub(site);
});
afterEach(() => github.close());

const answersOf = (issue = 7) => github.comments.get(issue) ?? [];

describe("the Action", () => {
  it("answers a known failure once: the runbook, the fix that fits, the evidence lines, the site's links", async () => {
    const event = issueEvent("opened", issueBody(mmap.text));
    const run = await runAction("issues", event, github.url);
    expect(run.code, run.stdout).toBe(0);
    const [answer, ...more] = answersOf();
    expect(more).toEqual([]);
    expect(answer!.body).toMatch(/^<!-- tracebook:answer for=issue runbook=torch-load-mmap-string-filename -->\n/);
    expect(answer!.body).toContain("This looks like **");
    expect(answer!.body).toContain(`](${github.url}/runbooks/torch-load-mmap-string-filename/#fix-`);
    expect(answer!.body).toMatch(/```text\n(?:.*\n)*?\s+\d+ \| ValueError: f must be a/);
    expect(run.outputs).toEqual({ runbook: mmap.slug, "comment-url": answer!.html_url });
    // GitHub's token, as GitHub's clients send it.
    expect(github.api().every((r) => /^(token|bearer) ghs_test-token$/i.test(r.authorization ?? ""))).toBe(true);

    // The same event again (a re-run, a reopened issue): the answer stands, nothing is written.
    const again = await runAction("issues", { ...event, action: "reopened" }, github.url);
    expect(again.code).toBe(0);
    expect(answersOf()).toHaveLength(1);
    expect(github.writes()).toHaveLength(1);
    expect(again.stdout).toMatch(/already answered as it is/);
  });

  it("edits its answer when the issue is edited, and never adds a second", async () => {
    github.seed(7, { body: "Same here, any news?", user: { login: "bob", type: "User" } });
    await runAction("issues", issueEvent("opened", issueBody(mmap.text)), github.url);
    const [, first] = answersOf();
    const edited = await runAction("issues", issueEvent("edited", issueBody(meta.text, "Sorry, wrong log; this is the one.")), github.url);
    expect(edited.code, edited.stdout).toBe(0);
    expect(answersOf().map((c) => c.id)).toEqual([answersOf()[0]!.id, first!.id]);
    expect(answersOf()[1]!.body).toMatch(/^<!-- tracebook:answer for=issue runbook=meta-tensor-cannot-copy -->\n/);
    expect(github.writes().map((r) => r.method)).toEqual(["POST", "PATCH"]);
    expect(github.api().at(-1)!.path).toBe(`/repos/acme/models/issues/comments/${first!.id}`);

    // Edited again until it shows nothing known: the answer is withdrawn in place, still one comment.
    await runAction("issues", issueEvent("edited", "Fixed it myself, never mind."), github.url);
    expect(answersOf()).toHaveLength(2);
    expect(answersOf()[1]!.body).toMatch(/^<!-- tracebook:answer for=issue -->\n<sub>tracebook answered an earlier version/);
  });

  it("finds its earlier answer by the marker in a bot's comment, never a person's copy of it", async () => {
    const copied = github.seed(7, {
      body: "<!-- tracebook:answer for=issue runbook=x -->\nquoting the bot",
      user: { login: "bob", type: "User" },
    });
    await runAction("issues", issueEvent("edited", issueBody(mmap.text)), github.url);
    expect(answersOf().find((c) => c.id === copied.id)!.body).toMatch(/quoting the bot$/);
    expect(answersOf()).toHaveLength(2);
  });

  it("stays silent on an error no runbook explains, without a request to the API", async () => {
    const body = issueBody(
      'Traceback (most recent call last):\n  File "train.py", line 3, in <module>\nZeroDivisionError: division by zero',
    );
    const run = await runAction("issues", issueEvent("opened", body), github.url);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/no confident match; staying silent/);
    expect(run.outputs).toEqual({ runbook: "", "comment-url": "" });
    const comment = { ...issueEvent("created", ""), comment: { id: 8, body, user: { login: "bob", type: "User" } } };
    expect((await runAction("issue_comment", comment, github.url)).code).toBe(0);
    expect(github.api()).toEqual([]);
  });

  it("never answers a bot, nor itself", async () => {
    for (const user of [ACTION_BOT, { login: "renovate[bot]", type: "Bot" }]) {
      const run = await runAction("issues", issueEvent("opened", issueBody(mmap.text), user), github.url);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`${user.login} is a bot; nothing to do`);
    }
    const own = { ...issueEvent("created", ""), comment: { id: 5, body: "<!-- tracebook:answer for=issue -->\n...", user: ACTION_BOT } };
    expect((await runAction("issue_comment", own, github.url)).stdout).toMatch(/is a bot; nothing to do/);
    expect(github.requests).toEqual([]); // not even the site's signatures
  });

  it("tries again after a 5xx, and answers once", async () => {
    github.failNext("POST", /\/issues\/7\/comments$/, 502, {}, "Bad Gateway");
    const run = await runAction("issues", issueEvent("opened", issueBody(mmap.text)), github.url);
    expect(run.code, run.stdout).toBe(0);
    expect(github.writes().map((r) => `${r.method} ${r.status}`)).toEqual(["POST 502", "POST 201"]);
    expect(answersOf()).toHaveLength(1);
  });

  it("waits out a rate limit GitHub says will end soon, then answers", async () => {
    const reset = String(Math.floor(Date.now() / 1000)); // already reset: the plugin waits one second
    github.failNext(
      "GET",
      /\/issues\/7\/comments$/,
      403,
      { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset },
      "API rate limit exceeded",
    );
    const run = await runAction("issues", issueEvent("edited", issueBody(mmap.text)), github.url);
    expect(run.code, run.stdout).toBe(0);
    expect(github.api().map((r) => `${r.method} ${r.status}`)).toEqual(["GET 403", "GET 200", "POST 201"]);
  });

  it("fails the run, saying why, when GitHub keeps failing", async () => {
    for (let i = 0; i < 4; i++) github.failNext("GET", /\/comments$/, 401, {}, "Bad credentials");
    const run = await runAction("issues", issueEvent("edited", issueBody(mmap.text)), github.url);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::tracebook: Bad credentials/m);
    expect(github.api()).toHaveLength(1); // a 401 is not retried
  });

  it("quotes a hostile body only as evidence lines in a code block: no mention, no link, nothing else of it", async () => {
    const hostile = mmap.text.replace(
      /(ValueError: f must be a (?:string filename|file path) in order to use (?:the )?mmap argument)/,
      "$1 @octocat see [docs](https://evil.example/x) ```` </details> <img src=x onerror=alert(1)>",
    );
    expect(hostile).not.toBe(mmap.text);
    const body = issueBody(hostile, "cc @maintainers [Click here](https://evil.example/phish) PROSE-NOT-EVIDENCE\r\n<!-- @hidden -->");
    const run = await runAction("issues", issueEvent("opened", body), github.url);
    expect(run.code, run.stdout).toBe(0);
    const [answer] = answersOf();
    expect(answer!.body).not.toContain("PROSE-NOT-EVIDENCE");
    expect(answer!.body).not.toContain("@maintainers");
    // Read as GitHub renders Markdown: whatever of the issue's text is not inside a code block.
    const tokens = marked.lexer(answer!.body);
    const outside: string[] = [];
    const links: string[] = [];
    const walk = (list: Token[]) => {
      for (const t of list) {
        if (t.type === "code" || t.type === "codespan") continue;
        if (t.type === "link") links.push((t as Token & { href: string }).href);
        if ("tokens" in t && t.tokens) walk(t.tokens);
        else outside.push(t.raw);
      }
    };
    walk(tokens);
    expect(outside.join("")).not.toMatch(/@octocat|evil\.example|onerror/);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => new URL(href).origin === github.url)).toBe(true);
    const code = tokens.filter((t) => t.type === "code");
    expect(code).toHaveLength(1);
    expect((code[0] as Token & { text: string }).text).toContain("@octocat see [docs](https://evil.example/x) ````");
  });

  it("labels the issue tracebook:<slug> when asked, moving the label when the answer changes", async () => {
    const labelled = { "label-prefix": "tracebook:" };
    await runAction("issues", issueEvent("opened", issueBody(mmap.text)), github.url, labelled);
    expect([...github.labels.get(7)!]).toEqual([`tracebook:${mmap.slug}`]);
    await runAction(
      "issues",
      issueEvent("edited", issueBody(meta.text), undefined, ["bug", `tracebook:${mmap.slug}`]),
      github.url,
      labelled,
    );
    expect([...github.labels.get(7)!]).toEqual([`tracebook:${meta.slug}`]);
  });

  it("reads a log in a <details> block or pasted as plain text", async () => {
    const details = `<details><summary>Full log</summary>\r\n\r\n${mmap.text.split("\n").join("\r\n")}\r\n</details>`;
    await runAction("issues", issueEvent("opened", details), github.url);
    expect(answersOf()).toHaveLength(1);
    expect(answersOf()[0]!.body).toContain(`runbook=${mmap.slug}`);
  });

  it("answers a comment's log in a comment of its own, unless the thread has that answer already", async () => {
    await runAction("issues", issueEvent("opened", issueBody(mmap.text)), github.url);
    const comment = (id: number, text: string) => ({
      ...issueEvent("created", ""),
      comment: { id, body: issueBody(text), user: { login: "bob", type: "User" } },
    });
    const same = await runAction("issue_comment", comment(41, mmap.text), github.url);
    expect(same.stdout).toMatch(/already the answer in this thread/);
    await runAction("issue_comment", comment(42, meta.text), github.url);
    expect(answersOf().map((c) => c.body.split("\n")[0])).toEqual([
      `<!-- tracebook:answer for=issue runbook=${mmap.slug} -->`,
      `<!-- tracebook:answer for=comment-42 runbook=${meta.slug} -->`,
    ]);
  });

  it("fails the run, saying why, when the site is not a tracebook site", async () => {
    const elsewhere = await fakeGitHub();
    const run = await runAction("issues", issueEvent("opened", issueBody(mmap.text)), github.url, { site: elsewhere.url });
    await elsewhere.close();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::tracebook: .*\/signatures\/manifest\.json is not there: is "site" the URL of a built tracebook site\?$/m,
    );
    expect(github.api()).toEqual([]);
  });

  it("writes nothing in a dry run, and prints the answer where no line of it can run a workflow command", async () => {
    const run = await runAction("issues", issueEvent("edited", issueBody(mmap.text.replace(/\n/, "\n::add-mask::x\n"))), github.url, {
      "dry-run": "true",
    });
    expect(run.code).toBe(0);
    expect(github.writes()).toEqual([]);
    expect(run.stdout).toMatch(/^::stop-commands::(\S+)\n<!-- tracebook:answer for=issue[\s\S]*\n::\1::$/m);
  });
});
