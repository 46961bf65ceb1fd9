import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import type { EventPayload } from "../../src/action/event.ts";

interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; main: string };
}

export const actionYml = parse(readFileSync("action.yml", "utf8")) as ActionYml;

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

/**
 * Run the Action as the runner does: `node <runs.main>` from a fresh workspace, with the event
 * payload in a file at GITHUB_EVENT_PATH, GITHUB_* variables, and INPUT_<NAME> for every input
 * declared in action.yml (its default unless the workflow's `with:` gives one). Nothing else of
 * this process's environment reaches it but PATH. The stand-in API serves the site too.
 */
export function runAction(eventName: string, payload: EventPayload, api: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const workspace = mkdtempSync(join(tmpdir(), "tracebook-action-"));
  const eventPath = join(workspace, "event.json");
  const outputPath = join(workspace, "output.txt");
  writeFileSync(eventPath, JSON.stringify(payload));
  writeFileSync(outputPath, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: "acme/models",
    GITHUB_API_URL: api,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
  };
  const given: Record<string, string> = { "github-token": "ghs_test-token", site: api, ...inputs };
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const value = given[name] ?? spec.default;
    if (value !== undefined) env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  }
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(actionYml.runs.main)], { cwd: workspace, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => {
      const outputs = Object.fromEntries(
        readFileSync(outputPath, "utf8")
          .split("\n")
          .filter(Boolean)
          .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
      );
      rmSync(workspace, { recursive: true, force: true });
      done({ code, stdout, stderr, outputs });
    });
  });
}

/** An issues event as GitHub sends it, for issue 7 of acme/models, written by a person. */
export function issueEvent(action: string, body: string, user = { login: "alice", type: "User" }, labels: string[] = []): EventPayload {
  return {
    action,
    issue: { number: 7, body, user, labels: labels.map((name) => ({ name })) },
    sender: user,
    repository: { name: "models", owner: { login: "acme" } },
  };
}
