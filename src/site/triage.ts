import type { Fix } from "../schema/advice.ts";
import type { FixWhen } from "../schema/fit.ts";
import type { Runbook } from "../schema/runbook.ts";
import { codeSpan } from "./markdown-code.ts";
import { templateInWords } from "./template-words.ts";

/**
 * "Which case is yours": the top of a runbook page. Built from the same `when` data the matcher
 * uses to pick the fix that fits a log (src/matcher/fit.ts), so the page and the matcher never
 * disagree: each case leads to the first fix, in the runbook's safest-first order, that answers it,
 * and every other case to the first fix that claims no case of its own.
 */
export interface TriageRow {
  /** The case in Markdown: the fix's own `case` sentence, or its conditions in words. */
  case: string;
  /** The fix that leads for this case, then any others the runbook lists for the same case. */
  fixes: Pick<Fix, "id" | "title" | "safety">[];
  /** "when": a case told apart by the log; "otherwise": every case no row above names. */
  kind: "when" | "otherwise";
}

/** Messages quoted at most when a row describes a runbook's wordings. */
const MAX_WORDINGS = 3;

export function triage(data: Pick<Runbook, "fixes" | "signatures">): TriageRow[] {
  const rows: TriageRow[] = [];
  for (const fix of data.fixes) {
    if (!fix.when) continue;
    const text = fix.when.case ?? describeWhen(fix.when, data.signatures);
    const same = rows.find((r) => r.case === text);
    if (same) same.fixes.push(pick(fix));
    else rows.push({ case: text, fixes: [pick(fix)], kind: "when" });
  }
  const generic = data.fixes.find((f) => !f.when);
  if (generic) {
    const text =
      rows.length > 0
        ? "Any other case."
        : `Your log shows ${wordings(
            data.signatures.map((s) => s.id),
            data.signatures,
          )}.`;
    rows.push({ case: text, fixes: [pick(generic)], kind: "otherwise" });
  }
  return rows;
}

function pick(fix: Fix): TriageRow["fixes"][number] {
  return { id: fix.id, title: fix.title, safety: fix.safety };
}

/** A fix's conditions in words, for a fix that gives no `case` sentence of its own. */
export function describeWhen(when: FixWhen, signatures: Runbook["signatures"]): string {
  const parts: string[] = [];
  if (when.signatures) parts.push(`your log shows ${wordings(when.signatures, signatures)}`);
  if (when.message) parts.push(`the message has ${when.message.map(quote).join(" or ")}`);
  if (when.log) parts.push(`a line of the log shows ${when.log.map(quote).join(" or ")}`);
  if (when.versions)
    parts.push(
      Object.entries(when.versions)
        .map(([name, range]) => `your ${name} is ${range}`)
        .join(", "),
    );
  const sentence = parts.join(", and ");
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** The first wording of each named signature, a few at most. */
function wordings(ids: readonly string[], signatures: Runbook["signatures"]): string {
  const messages = ids.flatMap((id) => {
    const message = signatures.find((s) => s.id === id)?.message[0];
    return message ? [quote(message)] : [];
  });
  const shown = messages.slice(0, MAX_WORDINGS).join(" or ");
  return messages.length > MAX_WORDINGS ? `${shown} or [another of its wordings](#signatures)` : shown;
}

function quote(template: string): string {
  return codeSpan(templateInWords(template));
}
