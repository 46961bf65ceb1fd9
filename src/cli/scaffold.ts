import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { draftSignature } from "../matcher/draft-signature.ts";
import { slugSchema, TODO_MARK } from "../schema/fields.ts";
import { BadInput } from "./read-input.ts";

/**
 * Scaffold content/runbooks/<slug>/ from a real traceback. What a person must
 * research is marked TODO, and the schema refuses TODO values, so a draft
 * cannot land by accident.
 */
export function scaffoldRunbook(log: string, contentDir: string, today: string, slugOverride?: string): { dir: string; slug: string } {
  const draft = draftSignature(log);
  if (!draft) throw new BadInput("no Python exception found in the input; pass a traceback or an error line");
  const slug = slugOverride ?? draft.slug;
  // The slug becomes a folder name: anything but a slug (../../x, /tmp/x, a\\b) could write outside contentDir.
  const checked = slugSchema.safeParse(slug);
  if (!checked.success) {
    const what =
      slugOverride === undefined ? `the slug drawn from the traceback, ${JSON.stringify(slug)},` : `--slug ${JSON.stringify(slug)}`;
    throw new BadInput(`${what} is not a slug: it ${checked.error.issues[0]!.message}; choose one with --slug`);
  }
  const dir = join(contentDir, slug);
  if (existsSync(dir)) throw new BadInput(`${dir} already exists; choose another name with --slug`);
  const todo = (what: string) => `${TODO_MARK} ${what}`;
  const frontmatter = {
    title: `${draft.exception}: ${draft.message}`.slice(0, 160),
    summary: todo("one sentence: what breaks and the fix"),
    cause: todo("the root cause in one line, traced through upstream code"),
    category: todo("checkpoint-files | device-placement | distributed | environment | tokenizers | generation"),
    frameworks: [todo("frameworks involved, see src/schema/vocabulary.ts")],
    packages: [todo("pip packages whose versions matter")],
    verified: today,
    signatures: [
      {
        id: "main",
        exception: [draft.exception],
        message: [draft.message],
        ...(draft.chain === "first" ? { chain: "first" } : {}),
        ...(draft.frames.length > 0 ? { frames: draft.frames } : {}),
      },
    ],
    examples: [
      {
        id: "first",
        file: "examples/first.txt",
        origin: "reported",
        source: todo("the public report's URL, or origin: reproduced with command and date"),
        fix: "todo",
      },
    ],
    hardware: { gpu: todo("none | one | several"), notes: [] },
    fixes: [{ id: "todo", title: todo("the safest fix"), safety: "safe", cost: todo("what it costs"), steps: todo("the steps") }],
    pins: [],
    sources: [{ url: "https://github.com/", title: todo("upstream issue, PR or source lines") }],
  };
  mkdirSync(join(dir, "examples"), { recursive: true });
  writeFileSync(join(dir, "examples/first.txt"), log.endsWith("\n") ? log : `${log}\n`);
  writeFileSync(
    join(dir, "index.mdx"),
    `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n${TODO_MARK} why it happens, through the upstream code path, with links to the source lines.\n`,
  );
  return { dir, slug };
}
