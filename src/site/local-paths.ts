/**
 * Tracebacks recorded here (npm run repro) name the recording machine's folders:
 * /root/.cache/tracebook/venvs/torch-2.13.0-dd3b5d9d/lib/python3.11/site-packages/torch/...
 * and /work/main/content/runbooks/<slug>/repro.py (or the copy of that folder a run works in,
 * /tmp/tracebook-repro/<slug>/work/repro.py). A reader's own log shows their folders, so the
 * page shows these as <venv>/lib/python3.11/site-packages/torch/... and ~/tracebook/content/...,
 * and the part that tells (the package, the file, the line) stands out. The files and records
 * themselves stay verbatim.
 */
const RULES: [RegExp, string][] = [
  // A virtual environment: everything up to its lib/pythonX.Y or Lib folder.
  [/(?:\/[^\s"'/]+)*\/(?:venvs?|\.venv|virtualenvs|envs)\/[^\s"'/]+\/(?=(?:lib|Lib|bin)\/)/g, "<venv>/"],
  // A checkout of this repository, wherever it was cloned.
  [/(?:\/[^\s"'/]+)+\/(?=content\/runbooks\/)/g, "~/tracebook/"],
  // npm run repro's copy of a runbook folder, where a run works (scripts/repro.ts): the folder it copies.
  [/(?:\/[^\s"'/]+)*\/tracebook-repro\/([^\s"'/]+)\/work\//g, "~/tracebook/content/runbooks/$1/"],
  // Home folders.
  [/\/(?:home|Users)\/[^\s"'/]+\//g, "~/"],
  [/\/root\//g, "~/"],
];

export function shortenLocalPaths(text: string): string {
  return RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** What the shortened names stand for, said once beside the tracebacks that use them. */
export const SHORTENED_PATHS_NOTE =
  "Paths shortened: <venv> is the virtual environment of the run, ~/tracebook the repository checkout, ~ a home folder.";
