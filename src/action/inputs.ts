/**
 * The Action's inputs, as the runner passes them: INPUT_<NAME> with the name upper-cased and spaces
 * turned to underscores (dashes stay), every declared input present with action.yml's default.
 * The defaults live in action.yml alone; here a missing input is an error, never a second default.
 */
export interface ActionInputs {
  token: string;
  /** Public origin of the runbook site the answer links to. */
  site: string;
  /** Answer only matches at least this confident (0 to 1). */
  minConfidence: number;
  /** Label the issue `<prefix><slug>` when set; "" for no label. */
  labelPrefix: string;
  /** Decide and print, but write nothing to GitHub. */
  dryRun: boolean;
}

/** An input that makes the run impossible: the Action fails with this message. */
export class InputError extends Error {}

// YAML 1.2's booleans, as @actions/core's getBooleanInput reads them.
const TRUE = /^(true|True|TRUE)$/;
const BOOLEAN = /^(true|True|TRUE|false|False|FALSE)$/;

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const input = (name: string): string => {
    const value = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
    if (value === undefined) throw new InputError(`input "${name}" is missing`);
    return value.trim();
  };
  const site = input("site");
  if (!/^https?:\/\/[^\s/]+/.test(site) || !URL.canParse(site)) {
    throw new InputError(`input "site" must be the runbook site's public URL, such as https://tracebook.example.org; got "${site}"`);
  }
  const minConfidence = Number(input("min-confidence"));
  if (!(minConfidence >= 0 && minConfidence <= 1)) throw new InputError(`input "min-confidence" must be a number from 0 to 1`);
  const dryRun = input("dry-run");
  if (!BOOLEAN.test(dryRun)) throw new InputError(`input "dry-run" must be true or false`);
  const token = input("github-token");
  if (!token) throw new InputError(`input "github-token" is empty; leave it out to use the workflow's token`);
  return { token, site, minConfidence, labelPrefix: input("label-prefix"), dryRun: TRUE.test(dryRun) };
}
