import { work } from "./work.ts";

/**
 * Find many literal strings ("anchors") anywhere in a text in one pass, in time linear in the
 * text: each position is looked up by its first three characters, and only the anchors that
 * start with them are compared. A two-character table in front rejects most positions without
 * a map lookup. The matcher uses it to find a signature's message wherever it stands in a line
 * (after a logger's prefix, inside another exception's message), and the shard selection to
 * find which shards a paste needs.
 */

/** Anchors shorter than this cannot be looked up: they would match nearly any text. */
export const MIN_ANCHOR_CHARS = 3;

export class AnchorScanner<T> {
  private readonly byGram = new Map<number, { anchor: string; payload: T }[]>();
  private readonly pairs = new Uint8Array(65536);

  constructor(entries: Iterable<readonly [anchor: string, payload: T]>) {
    for (const [anchor, payload] of entries) {
      if (anchor.length < MIN_ANCHOR_CHARS) continue;
      const key = gram(anchor, 0);
      let list = this.byGram.get(key);
      if (!list) this.byGram.set(key, (list = []));
      list.push({ anchor, payload });
      this.pairs[pair(anchor, 0)] = 1;
    }
  }

  get size(): number {
    return this.byGram.size;
  }

  /**
   * Call `visit` for every anchor that occurs in `text`, at each position where it starts, in
   * order of position. `visit` returns false to stop the scan of this text.
   */
  scan(text: string, visit: (position: number, payload: T, anchor: string) => boolean | void): void {
    const end = text.length - MIN_ANCHOR_CHARS + 1;
    work.steps += text.length + 1;
    for (let i = 0; i < end; i++) {
      if (this.pairs[pair(text, i)] === 0) continue;
      const list = this.byGram.get(gram(text, i));
      if (!list) continue;
      for (const { anchor, payload } of list) {
        work.steps += 1;
        if (text.startsWith(anchor, i) && visit(i, payload, anchor) === false) return;
      }
    }
  }
}

function pair(text: string, i: number): number {
  return ((text.charCodeAt(i) & 0xff) << 8) | (text.charCodeAt(i + 1) & 0xff);
}

function gram(text: string, i: number): number {
  return text.charCodeAt(i) * 4294967296 + text.charCodeAt(i + 1) * 65536 + text.charCodeAt(i + 2);
}
