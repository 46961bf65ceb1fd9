import { work } from "./work.ts";

/**
 * Find many literal strings ("anchors") anywhere in a text in one pass, in time linear in the
 * text: each position is looked up by a hash of its first three characters, and only the anchors
 * filed under that hash are compared. A table of the hashes in front rejects most positions without
 * a map lookup. The matcher uses it to find a signature's message wherever it stands in a line
 * (after a logger's prefix, inside another exception's message), and the shard selection to
 * find which shards a paste needs.
 */

/** Anchors shorter than this cannot be looked up: they would match nearly any text. */
export const MIN_ANCHOR_CHARS = 3;

/** Size of the table of three-character hashes in front of the map: a miss there rejects a position at once. */
const TABLE_BITS = 16;

export class AnchorScanner<T> {
  private readonly byGram = new Map<number, { anchor: string; payload: T }[]>();
  private readonly grams = new Uint8Array(1 << TABLE_BITS);

  constructor(entries: Iterable<readonly [anchor: string, payload: T]>) {
    for (const [anchor, payload] of entries) {
      if (anchor.length < MIN_ANCHOR_CHARS) continue;
      const key = gram(anchor.charCodeAt(0), anchor.charCodeAt(1), anchor.charCodeAt(2));
      let list = this.byGram.get(key);
      if (!list) this.byGram.set(key, (list = []));
      list.push({ anchor, payload });
      this.grams[key] = 1;
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
    if (end <= 0) return;
    // The three characters at i, carried from one position to the next.
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 0; i < end; i++) {
      const c = text.charCodeAt(i + 2);
      const key = gram(a, b, c);
      a = b;
      b = c;
      if (this.grams[key] === 0) continue;
      // Different grams may share a hash: the list holds both, and startsWith tells them apart.
      const list = this.byGram.get(key);
      if (!list) continue;
      for (const { anchor, payload } of list) {
        work.steps += 1;
        if (text.startsWith(anchor, i) && visit(i, payload, anchor) === false) return;
      }
    }
  }
}

/** A small-integer hash of three characters, so the map's keys and the table's index are the same number. */
function gram(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> (32 - TABLE_BITS);
}
