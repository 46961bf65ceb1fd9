import { parseArgs } from "node:util";
import type { MatchResult } from "../matcher/rank.ts";
import { matchReply, possibilitiesReply } from "../matcher/reply.ts";
import { formatResult } from "./format-result.ts";
import type { Matcher } from "./packaged-data.ts";
import { BadInput, expandInputs, readInput, STDIN } from "./read-input.ts";
import { siteMatcher } from "./site-matcher.ts";
import { forTerminal, jsonForTerminal } from "./terminal.ts";

/**
 * The tracebook command, whichever way it is started: from the TypeScript sources in a checkout
 * (scripts/tracebook.ts, reading content/runbooks as it is) or as the published bin (data
 * compiled at pack time). Only where the runbooks come from differs; the caller says.
 */
export interface CliSetup {
  version: string;
  /** Public origin for the links printed. */
  origin: string;
  /** Where `match` and `reply` read the runbooks without --site, in words for --help. */
  runbooks: string;
  /** The runbooks to match against when no --site is given; called once, when first needed. */
  matcher: () => Matcher | Promise<Matcher>;
  /** Scaffolding writes into a checkout's content folder: only the sources offer it. */
  scaffold?: (log: string, slug: string | undefined) => string;
}

/** Where output goes; everything written passes through forTerminal, since it may quote the log. */
export interface CliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processOutput: CliOutput = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

function usage(setup: CliSetup): string {
  return `usage:
  tracebook match [FILE|DIR|-]... [--json]  rank the runbooks that explain each traceback or log
  tracebook reply [FILE|-]                  print an issue-ready Markdown reply for the best match
  tracebook new --from FILE [--slug S]      scaffold content/runbooks/<slug>/ from a real traceback

With no FILE, or with -, the log is read from stdin:  python train.py 2>&1 | tracebook match -
A DIR stands for every file under it; several inputs are answered one by one.

options:
  --json        match: the answer as JSON (an array when several inputs are given)
  --site DIR    read a built site's signature files (DIR/signatures/) instead of ${setup.runbooks}
  -h, --help    show this text
  -v, --version show the version

exit status: 0 a runbook matched (for several inputs: any), 1 no known runbook, 2 bad input (any)
`;
}

export async function runCli(argv: readonly string[], setup: CliSetup, output: CliOutput = processOutput): Promise<number> {
  const out = (text: string) => output.out(forTerminal(text));
  const err = (text: string) => output.err(forTerminal(text));
  try {
    return await run(argv, setup, out, err);
  } catch (error) {
    if (error instanceof BadInput || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      err(`tracebook: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

async function run(argv: readonly string[], setup: CliSetup, out: (t: string) => void, err: (t: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      site: { type: "string" },
      from: { type: "string" },
      slug: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
  if (values.help) return (out(usage(setup)), 0);
  if (values.version) return (out(`tracebook ${setup.version}\n`), 0);
  const [command, ...files] = positionals;
  if (!command) {
    err(usage(setup));
    return 2;
  }
  let matcher: Promise<Matcher> | undefined;
  const match = async (text: string) => {
    matcher ??= values.site ? siteMatcher(values.site) : Promise.resolve(setup.matcher());
    return (await (await matcher).match(text)).result;
  };
  switch (command) {
    case "match":
      return matchCommand(files, Boolean(values.json), match, setup.origin, out, err);
    case "reply": {
      if (files.length > 1) throw new BadInput(`reply answers one log; unexpected argument ${files[1]}`);
      const result = await match(await readInput(files[0]));
      const [best] = result.matches;
      if (!best) {
        out(
          result.possibilities.length > 0
            ? possibilitiesReply(result.possibilities, setup.origin)
            : "No known runbook matches this log; nothing to reply with.\n",
        );
        return 1;
      }
      out(matchReply(best, setup.origin));
      return 0;
    }
    case "new": {
      if (!setup.scaffold) throw new BadInput("new scaffolds a runbook inside a checkout of the tracebook repository; run it there");
      if (!values.from) throw new BadInput("new needs --from FILE (a real traceback)");
      if (files.length > 0) throw new BadInput(`unexpected argument ${files[0]}`);
      out(
        `created ${setup.scaffold(await readInput(values.from), values.slug)}\nfill in every TODO, add a second real example, then run: npm run check\n`,
      );
      return 0;
    }
    default:
      throw new BadInput(`unknown command "${command}" (tracebook --help lists them)`);
  }
}

async function matchCommand(
  files: readonly string[],
  json: boolean,
  match: (text: string) => Promise<MatchResult>,
  origin: string,
  out: (t: string) => void,
  err: (t: string) => void,
): Promise<number> {
  const inputs = expandInputs(files);
  if (inputs.length === 0) throw new BadInput(`no files under ${files.join(", ")}`);
  // One input named as such answers with one result; a directory or several inputs with a list.
  const several = !(inputs.length === 1 && inputs[0] === (files[0] ?? STDIN));
  const answers: unknown[] = [];
  let matched = false;
  let failed = false;
  for (const [i, input] of inputs.entries()) {
    const name = input === STDIN ? "stdin" : input;
    let result: MatchResult;
    try {
      result = await match(await readInput(input));
    } catch (error) {
      if (!(error instanceof BadInput) || !several) throw error;
      err(`tracebook: ${error.message}\n`);
      failed = true;
      if (json) answers.push({ input: name, error: error.message });
      continue;
    }
    matched ||= result.matches.length > 0;
    if (json) answers.push(several ? { input: name, ...jsonAnswer(result, origin) } : jsonAnswer(result, origin));
    else out(`${several ? `${i > 0 ? "\n" : ""}==> ${name} <==\n` : ""}${formatResult(result, origin)}`);
  }
  if (json) out(`${jsonForTerminal(several ? answers : answers[0])}\n`);
  return failed ? 2 : matched ? 0 : 1;
}

function jsonAnswer(result: MatchResult, origin: string) {
  const absolute = (url: string) => new URL(url, origin).href;
  const { matches, nearMisses, exceptions, environment } = result;
  return {
    matches: matches.map((m) => ({ ...m, url: absolute(m.url), fix: { ...m.fix, url: absolute(m.fix.url) } })),
    nearMisses: nearMisses.map((n) => ({ ...n, url: absolute(n.url) })),
    exceptions,
    environment,
  };
}
