import { createHighlighter } from "shiki";
import { tracebackGrammar } from "./traceback-grammar.ts";

// The high-contrast GitHub themes: the plain ones fail WCAG contrast for some tokens (axe-core flags them).
const THEMES = { light: "github-light-high-contrast", dark: "github-dark-high-contrast" } as const;
const LANGS = ["bash", "shell", "python", "yaml", "json", "text"] as const;

// One highlighter for the whole build: creating it loads every grammar.
const highlighter = await createHighlighter({ themes: Object.values(THEMES), langs: [...LANGS, tracebackGrammar] });

export function highlight(code: string, lang: string): string {
  const known = highlighter.getLoadedLanguages().includes(lang) ? lang : "text";
  return highlighter.codeToHtml(code, { lang: known, themes: THEMES, defaultColor: "light" });
}
