import { AnchorScanner } from "./anchors.ts";
import { hash, INDEX_FORMAT, type CompiledIndex, type CompiledRunbook } from "./compile.ts";
import { anchorOf, forEachSearchedText, type SearchedText } from "./embedded.ts";
import { normalizedLines } from "./normalized-lines.ts";
import { frameName } from "./frames-only.ts";
import { typeKey, type ParsedLog } from "./parse.ts";
import { messageStarts } from "./rank.ts";
import { MAX_MATCH_CHARS, normalizeSpace, type CompiledTemplate } from "./template.ts";

/**
 * The compiled signatures split so that a paste loads only what it can match.
 *
 * A signature is filed under each exception type it accepts (the name's last part, since
 * `OutOfMemoryError` matches `torch.OutOfMemoryError`) and under a key taken from the
 * start of each of its message templates. A paste needs the shards whose type it raised
 * and whose key one of its message starts begins with; log-line signatures are filed by
 * the start of the line they match. The keys are chosen so that any template that could
 * match a message at all (in full, cut off, or as a near miss) lies in a shard the message
 * selects: ranking the loaded shards gives exactly what ranking everything gives.
 *
 * A template is also filed under its anchor (see embedded.ts), for a message that stands
 * anywhere in a line, and a signature under the file names of its frames, for a paste cut
 * before its message. These shards list their keys in the manifest; a paste needs those whose
 * keys it contains.
 */

export const SHARD_FORMAT = 3;

/** An anchor key is at least this long where the anchor is (long enough to be rare in unrelated text), and longer only where many anchors share it. */
export const ANYWHERE_KEY_CHARS = 16;

/** A message key is at most this long: the most a crowded prefix can be split by. */
export const MESSAGE_KEY_CHARS = 64;

export interface ShardManifest {
  format: typeof SHARD_FORMAT;
  /** The compiled index's content hash: the same for the same content, whatever the sharding. */
  version: string;
  runbooks: number;
  /** Exception type (last part of its name) → message keys → shard file names. */
  exceptions: Record<string, TypeKeys>;
  /** Shard file name → the anchors of the templates it holds, found anywhere in a line. */
  anywhere: Record<string, string[]>;
  /** Shard file name → the frame file names (`serialization.py`) of the signatures it holds. */
  frames: Record<string, string[]>;
}

/** A runbook as one shard holds it: only the signatures filed there, each with its place in the runbook. */
export interface TypeKeys {
  /** Key → file, for templates that start with literal text: a message start must begin with the key. */
  start: Record<string, string>;
  /** Key → file, for templates that start with {text}: the message must contain the key somewhere. */
  within: Record<string, string>;
}

export interface ShardRunbook extends CompiledRunbook {
  /** The runbook's place in the whole index, and each signature's place in the runbook: ties rank in this order. */
  order: number;
  signatureOrder: number[];
}

export interface Shard {
  format: typeof SHARD_FORMAT;
  version: string;
  runbooks: ShardRunbook[];
}

export interface ShardedIndex {
  manifest: ShardManifest;
  /** File name → shard. */
  shards: Map<string, Shard>;
}

export { typeKey };

/**
 * Where a template is filed, and what a message must have to select it.
 *
 * A template that starts with literal text is keyed by its start. A near miss needs half
 * the template's literal characters to agree (see `matchAt`), so the key stops once it
 * holds that many: a text that diverges later still selects it. A template that starts
 * with {text} matches only where its next literal occurs in full, so it is keyed by that
 * literal, looked for anywhere in the message. Other placeholders (a path, a number) can
 * start any message: the empty start key.
 */
export function messageKey(template: CompiledTemplate): { kind: "start" | "within"; key: string } {
  const [first, second] = template.tokens;
  if (first?.kind === "placeholder") {
    return first.type === "text" && second?.kind === "literal"
      ? { kind: "within", key: second.text.slice(0, MESSAGE_KEY_CHARS) }
      : { kind: "start", key: "" };
  }
  if (first?.kind !== "literal") return { kind: "start", key: "" };
  const half = Math.ceil(template.literalChars / 2);
  let nonSpace = 0;
  let end = 0;
  while (end < first.text.length && end < MESSAGE_KEY_CHARS && nonSpace < half) {
    if (first.text[end] !== " ") nonSpace++;
    end++;
  }
  return { kind: "start", key: first.text.slice(0, end) };
}

/**
 * A shard is split while its JSON is larger than this: smaller shards mean less to load per
 * paste but more keys in the manifest, which every first paste loads.
 */
export const SHARD_BYTES = 32 * 1024;

interface Entry {
  key: string;
  runbook: number;
  signature: number;
  bytes: number;
}

export function shardIndex(index: CompiledIndex): ShardedIndex {
  // "start"/"within", type → the templates filed there
  const groups = new Map<string, Entry[]>();
  const anywhere: Entry[] = [];
  const frames: Entry[] = [];
  const metaBytes = index.runbooks.map((r) => JSON.stringify({ ...r, signatures: [] }).length);
  index.runbooks.forEach((runbook, r) => {
    runbook.signatures.forEach((signature, s) => {
      const bytes = metaBytes[r]! + JSON.stringify(signature).length;
      for (const template of signature.message) {
        const anchor = anchorOf(template);
        if (anchor) anywhere.push({ key: anchor.slice(0, MESSAGE_KEY_CHARS), runbook: r, signature: s, bytes });
        if (signature.logLine) continue;
        for (const type of signature.exception) {
          const { kind, key } = messageKey(template);
          const group = JSON.stringify([kind, typeKey(type)]);
          let list = groups.get(group);
          if (!list) groups.set(group, (list = []));
          list.push({ key, runbook: r, signature: s, bytes });
        }
      }
      for (const name of new Set(signature.frames.map((f) => frameName(f.file))))
        frames.push({ key: name, runbook: r, signature: s, bytes });
    });
  });

  const manifest: ShardManifest = {
    format: SHARD_FORMAT,
    version: index.version,
    runbooks: index.runbooks.length,
    exceptions: {},
    anywhere: {},
    frames: {},
  };
  const shards = new Map<string, Shard>();
  const write = (entries: readonly Entry[]): string => {
    const shard: Shard = { format: SHARD_FORMAT, version: index.version, runbooks: shardRunbooks(index, entries) };
    // Named by content: a file never changes, so a browser may keep it for good.
    const name = `${hash(JSON.stringify(shard))}.json`;
    shards.set(name, shard);
    return name;
  };
  for (const group of [...groups.keys()].sort()) {
    const [kind, type] = JSON.parse(group) as ["start" | "within", string];
    for (const [key, entries] of partition(groups.get(group)!, "")) {
      (manifest.exceptions[type] ??= { start: {}, within: {} })[kind][key] = write(entries);
    }
  }
  for (const [field, entries] of [
    ["anywhere", anchorKeys(anywhere)],
    ["frames", frames],
  ] as const) {
    for (const chunk of chunkByKey(entries)) manifest[field][write(chunk)] = [...new Set(chunk.map((e) => e.key))];
  }
  return { manifest, shards };
}

/**
 * Anchors keyed by their first ANYWHERE_KEY_CHARS characters, and by longer prefixes where many share
 * those (a thousand runbooks hold a hundred anchors that open "size mismatch for "): a paste then loads
 * the templates whose anchor it may contain, not every template that opens alike. A message is found
 * anywhere only where its whole anchor stands (embedded.ts), and every key is a prefix of its anchor,
 * so a longer key never loses a match.
 */
function anchorKeys(entries: readonly Entry[]): Entry[] {
  const byPrefix = new Map<string, Entry[]>();
  for (const e of entries) {
    const prefix = e.key.slice(0, ANYWHERE_KEY_CHARS);
    let list = byPrefix.get(prefix);
    if (!list) byPrefix.set(prefix, (list = []));
    list.push(e);
  }
  const out: Entry[] = [];
  for (const [prefix, list] of byPrefix) for (const [key, group] of partition(list, prefix)) for (const e of group) out.push({ ...e, key });
  return out;
}

/** Entries in key order, cut into runs of at most SHARD_BYTES: neighbours in a shard share key prefixes. */
function chunkByKey(entries: readonly Entry[]): Entry[][] {
  const sorted = [...entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.runbook - b.runbook || a.signature - b.signature));
  const chunks: Entry[][] = [];
  let current: Entry[] = [];
  let bytes = 0;
  for (const entry of sorted) {
    if (current.length > 0 && bytes + entry.bytes > SHARD_BYTES) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += entry.bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * File templates under prefixes of their keys, one character longer each time a group is
 * over budget. Any prefix of a template's key selects at least what the key would, so a
 * coarser key never loses a match; it only loads a little more.
 */
function partition(entries: Entry[], prefix: string): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  if (entries.reduce((n, e) => n + e.bytes, 0) <= SHARD_BYTES) return out.set(prefix, entries);
  const here = entries.filter((e) => e.key.length <= prefix.length);
  if (here.length > 0) out.set(prefix, here);
  const deeper = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.key.length <= prefix.length) continue;
    const next = e.key.slice(0, prefix.length + 1);
    let list = deeper.get(next);
    if (!list) deeper.set(next, (list = []));
    list.push(e);
  }
  for (const [next, group] of deeper) for (const [key, list] of partition(group, next)) out.set(key, list);
  return out;
}

function shardRunbooks(index: CompiledIndex, entries: readonly Entry[]): ShardRunbook[] {
  const byRunbook = new Map<number, Set<number>>();
  for (const e of entries) {
    let set = byRunbook.get(e.runbook);
    if (!set) byRunbook.set(e.runbook, (set = new Set()));
    set.add(e.signature);
  }
  return [...byRunbook.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const runbook = index.runbooks[r]!;
      const signatureOrder = [...byRunbook.get(r)!].sort((a, b) => a - b);
      return { ...runbook, signatures: signatureOrder.map((s) => runbook.signatures[s]!), order: r, signatureOrder };
    });
}

const keyScanners = new WeakMap<ShardManifest, { anywhere: AnchorScanner<string>; frames: Map<string, string[]> }>();

function keysOf(manifest: ShardManifest) {
  let keys = keyScanners.get(manifest);
  if (!keys) {
    const frames = new Map<string, string[]>();
    for (const [name, files] of Object.entries(manifest.frames))
      for (const file of files) frames.set(file, [...(frames.get(file) ?? []), name]);
    const anywhere = Object.entries(manifest.anywhere).flatMap(([name, anchors]) => anchors.map((a) => [a, name] as const));
    keys = { anywhere: new AnchorScanner(anywhere), frames };
    keyScanners.set(manifest, keys);
  }
  return keys;
}

/** The shard files a parsed log needs, given the manifest. */
export function shardsFor(log: ParsedLog, manifest: ShardManifest): string[] {
  return selectShards(log, manifest).names;
}

export interface ShardSelection {
  /** The shard files the log needs. */
  names: string[];
  /**
   * The searched texts (see embedded.ts) in which an anchor key stands. Every key is a prefix of
   * its anchor, so a message of the selected shards can stand anywhere in a line only in these:
   * the search for such messages reads them alone (`rankLog`'s `searched`).
   */
  anchored: SearchedText[];
}

/** The shard files a parsed log needs, given the manifest, and the texts where an anchor may stand. */
export function selectShards(log: ParsedLog, manifest: ShardManifest): ShardSelection {
  const needed = new Set<string>();
  const entries = new Map<string, { within: [string, string][]; start: [string, string][] }>();
  const seen = new Set<string>();
  // Wrapper exceptions too: a wrapper signature (a runbook for the re-raise itself) reads them.
  for (const exception of log.exceptions) {
    const type = typeKey(exception.type);
    const keys = manifest.exceptions[type];
    if (!keys) continue;
    // The same message again selects nothing new: a log of identical errors costs what one does.
    const seenKey = `${type}\u0000${exception.message.slice(0, MAX_MATCH_CHARS)}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    let typed = entries.get(type);
    if (!typed) entries.set(type, (typed = { within: Object.entries(keys.within), start: Object.entries(keys.start) }));
    const whole = normalizeSpace(exception.message);
    for (const [key, name] of typed.within) if (whole.includes(key)) needed.add(name);
    const open = typed.start.filter(([, name]) => !needed.has(name));
    for (const { offset, text } of messageStarts(exception)) {
      for (let i = open.length - 1; i >= 0; i--) {
        const [key, name] = open[i]!;
        // A cut-off paste ends inside the key; only the message's first start may match partially.
        if (text.startsWith(key) || (offset === 0 && key.startsWith(text))) {
          needed.add(name);
          open.splice(i, 1);
        }
      }
      if (open.length === 0) break;
    }
  }
  const { anywhere, frames } = keysOf(manifest);
  const anchored = textsHoldingKeys(log, anywhere, needed);
  for (const cut of log.cut) for (const frame of cut.frames) for (const name of frames.get(frameName(frame.file)) ?? []) needed.add(name);
  return { names: [...needed].sort(), anchored };
}

/**
 * The searched texts (in their order) that hold an anchor key, each key found added to `needed`.
 * Messages are scanned one by one; the lines as the one joined string of normalized-lines.ts, and
 * a key found in a line that is not searched (a repeat, source code, a blank) is dropped.
 */
function textsHoldingKeys(log: ParsedLog, anywhere: AnchorScanner<string>, needed: Set<string>): SearchedText[] {
  const anchored: SearchedText[] = [];
  // Searched lines by their position in log.lines; every message comes before them.
  const searchedLines: (SearchedText | undefined)[] = [];
  forEachSearchedText(log, (searched) => {
    if (searched.kind === "line") {
      searchedLines[searched.at] = searched;
      return;
    }
    let holdsKey = false;
    anywhere.scan(searched.text, (_, name) => {
      needed.add(name);
      holdsKey = true;
    });
    if (holdsKey) anchored.push(searched);
  });
  const { joined, starts } = normalizedLines(log);
  // Keys are found in order of position: the line that holds one is found by moving on, not by a search.
  let line = 0;
  anywhere.scan(joined, (position, name) => {
    while (line + 1 < starts.length && starts[line + 1]! <= position) line++;
    const searched = searchedLines[line];
    if (!searched) return;
    needed.add(name);
    if (anchored[anchored.length - 1] !== searched) anchored.push(searched);
  });
  return anchored;
}

/** One index from the loaded shards, in the whole index's order, each signature once. */
export function mergeShards(manifest: ShardManifest, shards: readonly Shard[]): CompiledIndex {
  const byOrder = new Map<number, { runbook: ShardRunbook; signatures: Map<number, CompiledRunbook["signatures"][number]> }>();
  for (const shard of shards) {
    if (shard.format !== SHARD_FORMAT || shard.version !== manifest.version) {
      throw new Error(`signature shard from another build (version ${shard.version}, manifest ${manifest.version}); reload the page`);
    }
    for (const runbook of shard.runbooks) {
      let entry = byOrder.get(runbook.order);
      if (!entry) byOrder.set(runbook.order, (entry = { runbook, signatures: new Map() }));
      runbook.signatureOrder.forEach((s, i) => entry.signatures.set(s, runbook.signatures[i]!));
    }
  }
  const runbooks = [...byOrder.keys()]
    .sort((a, b) => a - b)
    .map((order): CompiledRunbook => {
      const { runbook, signatures } = byOrder.get(order)!;
      // Drop the shard's bookkeeping; every other field of the runbook passes through as compiled.
      const { order: _order, signatureOrder: _signatureOrder, ...compiled } = runbook;
      return { ...compiled, signatures: [...signatures.keys()].sort((a, b) => a - b).map((s) => signatures.get(s)!) };
    });
  return { format: INDEX_FORMAT, version: manifest.version, runbooks };
}
