/**
 * Text from a log on its way to a terminal. A log can hold bytes that a terminal obeys rather than
 * shows: BEL, backspace, a C1 CSI (U+009B, a one-character ESC [) that moves the cursor or retitles
 * the window, bidirectional overrides that reorder what the reader sees. The matcher strips the ANSI
 * sequences it recognises; these are whatever is left, replaced so that the reader sees that
 * something was there.
 */

// C0 controls but tab and newline, DEL, the C1 range, and the bidi embedding/override/isolate marks.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export const REPLACEMENT = "\ufffd";

/** The text with every character a terminal would act on replaced by U+FFFD. */
export function forTerminal(text: string): string {
  return text.replace(UNSAFE, REPLACEMENT);
}

/**
 * JSON for a terminal or a pipe: JSON.stringify escapes C0 controls but writes DEL, C1 and bidi marks
 * as they are. Escaping them keeps the data exact (they occur only inside strings) and the terminal safe.
 */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
