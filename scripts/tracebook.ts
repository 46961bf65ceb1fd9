#!/usr/bin/env node
// tracebook: match a traceback against the runbooks, draft an issue reply, or scaffold a runbook.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatResult } from "../src/cli/format-result.ts";
import { contentDir, contentMatcher, siteMatcher } from "../src/cli/load-index.ts";
import { BadInput, readInput } from "../src/cli/read-input.ts";
import { scaffoldRunbook } from "../src/cli/scaffold.ts";
import { matchReply, possibilitiesReply } from "../src/matcher/reply.ts";
import { SITE_ORIGIN } from "../src/site/origin.ts";

const USAGE = `usage:
  tracebook match [FILE|-] [--json]   rank the runbooks that explain a traceback or log
  tracebook reply [FILE|-]            print an issue-ready Markdown reply for the best match
  tracebook new --from FILE [--slug S] scaffold content/runbooks/<slug>/ from a real traceback

match and reply read the runbooks in this checkout; with --site DIR they read the signature
files of a built site instead (DIR/signatures/, as the matcher page loads them).

exit status: 0 a runbook matched (or the command succeeded), 1 no known runbook, 2 bad input`;

// Read the checkout's runbooks wherever the command is run from.
process.env.TRACEBOOK_CONTENT ??= resolve(dirname(fileURLToPath(import.meta.url)), "../content/runbooks");

const ORIGIN = SITE_ORIGIN;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      site: { type: "string" },
      from: { type: "string" },
      slug: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, file, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (rest.length > 0) throw new BadInput(`unexpected argument ${rest[0]}`);
  const matcher = () => (values.site ? siteMatcher(values.site) : Promise.resolve(contentMatcher()));
  switch (command) {
    case "match": {
      const text = readInput(file);
      const { result } = await (await matcher()).match(text);
      if (values.json) {
        const { matches, nearMisses, exceptions, environment } = result;
        const absolute = (url: string) => new URL(url, ORIGIN).href;
        const json = {
          matches: matches.map((m) => ({ ...m, url: absolute(m.url), fix: { ...m.fix, url: absolute(m.fix.url) } })),
          nearMisses: nearMisses.map((n) => ({ ...n, url: absolute(n.url) })),
          exceptions,
          environment,
        };
        console.log(JSON.stringify(json, null, 2));
      } else {
        process.stdout.write(formatResult(result, ORIGIN));
      }
      return result.matches.length > 0 ? 0 : 1;
    }
    case "reply": {
      const text = readInput(file);
      const { result } = await (await matcher()).match(text);
      const [best] = result.matches;
      if (!best) {
        if (result.possibilities.length > 0) process.stdout.write(possibilitiesReply(result.possibilities, ORIGIN));
        else console.log("No known runbook matches this log; nothing to reply with.");
        return 1;
      }
      process.stdout.write(matchReply(best, ORIGIN));
      return 0;
    }
    case "new": {
      if (!values.from) throw new BadInput("new needs --from FILE (a real traceback)");
      const today = new Date().toISOString().slice(0, 10);
      const { dir } = scaffoldRunbook(readInput(values.from), contentDir(), today, values.slug);
      console.log(`created ${resolve(dir)}\nfill in every TODO, add a second real example, then run: npm run check`);
      return 0;
    }
    default:
      throw new BadInput(`unknown command "${command}"\n${USAGE}`);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof BadInput || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
    console.error(`tracebook: ${(error as Error).message}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
