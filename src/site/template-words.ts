/**
 * Signature templates in the words a reader uses. The signature list shows placeholders as
 * styled tokens; everywhere else a template reaches a reader (the triage, the matcher page's
 * near misses and "because" lines) it reads as the message would: "found cuda:N and cpu",
 * "Tried to allocate N", "Process N has … memory in use". No dependency: the matcher page uses it.
 */
const WORDS: Record<string, string> = {
  number: "N",
  text: "…",
  path: "<path>",
  shape: "<shape>",
  name: "<name>",
  device: "<device>",
};
/** Devices numbered in messages ("cuda:0"); the others print their type alone ("cpu", "meta"). */
const NUMBERED = new Set(["cuda", "xpu", "npu", "hpu", "xla"]);
const TOKEN = /\{\{|\}\}|\{(number|device|path|shape|name|text)(?::([a-z]+))?\}/g;

export function templateInWords(template: string): string {
  return template.replace(TOKEN, (whole, kind: string | undefined, qualifier: string | undefined) => {
    if (whole === "{{") return "{";
    if (whole === "}}") return "}";
    if (kind === "device" && qualifier) return NUMBERED.has(qualifier) ? `${qualifier}:N` : qualifier;
    return WORDS[kind!]!;
  });
}
