// The GitHub Action (action.yml): answer an issue whose log shows a failure a runbook explains.
// Bundled by scripts/build-action.ts into dist-action/index.js, which GitHub runs as it is.
import { appendFileSync, readFileSync } from "node:fs";
import { subjectOf, type EventPayload } from "./event.ts";
import { github } from "./github.ts";
import { readInputs } from "./inputs.ts";
import { logFromMarkdown } from "./issue-logs.ts";
import { confidentMatch, planAnswer, type Plan } from "./plan.ts";
import { siteSignatures } from "./site-signatures.ts";

async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const inputs = readInputs(env);
  const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? "", "utf8")) as EventPayload;
  const subject = subjectOf(env.GITHUB_EVENT_NAME ?? "", payload, env.GITHUB_REPOSITORY ?? "");
  if ("skip" in subject) return console.log(`tracebook: ${subject.skip}; nothing to do`);

  const { result } = await (await siteSignatures(inputs.site)).match(logFromMarkdown(subject.text));

  const client = github(inputs.token, env.GITHUB_API_URL ?? "https://api.github.com");
  // A new issue or comment has no answer to edit: with nothing to say, stay silent without a request.
  const plan: Plan =
    !confidentMatch(result, inputs) && (payload.action === "opened" || payload.action === "created")
      ? { why: "no confident match; staying silent", steps: [] }
      : planAnswer(subject, result, inputs, await client.comments(subject, subject.issue.number));
  const target = `${subject.owner}/${subject.repo}#${subject.issue.number}${subject.comment ? ` (comment ${subject.comment})` : ""}`;
  console.log(`tracebook: ${target}: ${plan.why}`);

  let url = "";
  for (const step of plan.steps) {
    if (inputs.dryRun) {
      console.log(`tracebook: dry run, would ${step.kind}${"label" in step ? ` ${step.label}` : ""}`);
      if ("body" in step) printUntrusted(step.body);
      continue;
    }
    if (step.kind === "create") url = (await client.createComment(subject, subject.issue.number, step.body)).html_url;
    if (step.kind === "update") url = (await client.updateComment(subject, step.id, step.body)).html_url;
    if (step.kind === "add-label") await client.addLabel(subject, subject.issue.number, step.label);
    if (step.kind === "remove-label") await client.removeLabel(subject, subject.issue.number, step.label);
    console.log(`tracebook: ${step.kind}${"label" in step ? ` ${step.label}` : ""}${url && "body" in step ? ` ${url}` : ""}`);
  }
  setOutput(env, "runbook", plan.runbook ?? "");
  setOutput(env, "comment-url", url);
}

/** Text that quotes an issue, printed so that no line of it can act as a workflow command (::set-env:: and the like). */
function printUntrusted(text: string): void {
  const token = `tracebook-${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  console.log(`::stop-commands::${token}\n${text}\n::${token}::`);
}

function workflowData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function setOutput(env: NodeJS.ProcessEnv, name: string, value: string): void {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

try {
  await main(process.env);
} catch (error) {
  console.log(`::error::tracebook: ${workflowData((error as Error).message)}`);
  process.exitCode = 1;
}
