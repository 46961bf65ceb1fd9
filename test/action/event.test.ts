import { describe, expect, it } from "vitest";
import { subjectOf, type EventPayload } from "../../src/action/event.ts";
import { readInputs } from "../../src/action/inputs.ts";

const person = { login: "alice", type: "User" };
const repository = { name: "models", owner: { login: "acme" } };
const issue = { number: 3, body: "text", user: person };

describe("which events the Action reads", () => {
  it.each([
    ["issues", "opened", { issue, sender: person, repository }, { text: "text" }],
    ["issues", "edited", { issue, sender: person, repository }, { text: "text" }],
    [
      "issue_comment",
      "created",
      { issue, comment: { id: 9, body: "log", user: person }, sender: person, repository },
      { text: "log", comment: 9 },
    ],
  ])("reads %s.%s", (name, action, payload, expected) => {
    expect(subjectOf(name, { action, ...payload } as EventPayload, "")).toMatchObject({ owner: "acme", repo: "models", ...expected });
  });

  it.each([
    ["issues", { action: "closed", issue, sender: person }, "issues.closed is not answered"],
    ["issues", { action: "labeled", issue, sender: person }, "issues.labeled is not answered"],
    ["push", { action: "opened" }, "the push event is not one tracebook answers (issues, issue_comment)"],
    [
      "issue_comment",
      { action: "created", issue: { ...issue, pull_request: {} }, comment: { id: 1, body: "x", user: person } },
      "a pull request's conversation is not answered",
    ],
    ["issues", { action: "opened", issue: { ...issue, user: { login: "dependabot[bot]" } }, sender: person }, "dependabot[bot] is a bot"],
    ["issues", { action: "edited", issue, sender: { login: "triage", type: "Bot" } }, "triage is a bot"],
  ])("skips %s %j", (name, payload, skip) => {
    expect(subjectOf(name, payload as EventPayload, "acme/models")).toEqual({ skip });
  });
});

describe("the Action's inputs", () => {
  const env = {
    "INPUT_GITHUB-TOKEN": "t",
    INPUT_SITE: "https://tracebook.example",
    "INPUT_MIN-CONFIDENCE": "0.7",
    "INPUT_LABEL-PREFIX": "",
    "INPUT_DRY-RUN": "false",
  };

  it("reads them as the runner names them", () => {
    expect(readInputs(env)).toEqual({ token: "t", site: "https://tracebook.example", minConfidence: 0.7, labelPrefix: "", dryRun: false });
    expect(readInputs({ ...env, "INPUT_DRY-RUN": "True" }).dryRun).toBe(true);
  });

  it.each([
    ["INPUT_SITE", "tracebook.example", /input "site" must be the runbook site's public URL/],
    ["INPUT_SITE", "javascript:alert(1)", /input "site" must be/],
    ["INPUT_MIN-CONFIDENCE", "high", /input "min-confidence" must be a number from 0 to 1/],
    ["INPUT_MIN-CONFIDENCE", "1.5", /input "min-confidence" must be a number from 0 to 1/],
    ["INPUT_DRY-RUN", "yes", /input "dry-run" must be true or false/],
    ["INPUT_GITHUB-TOKEN", "", /input "github-token" is empty/],
    ["INPUT_SITE", undefined, /input "site" is missing/],
  ])("refuses %s=%s", (name, value, message) => {
    expect(() => readInputs({ ...env, [name]: value })).toThrow(message);
  });
});
