/**
 * Which lines of a paste to show around the lines that matched, so a user
 * sees the evidence in their own text without rendering a 10 MB paste.
 */
export interface ExcerptLine {
  /** 1-based line number. */
  line: number;
  text: string;
  matched: boolean;
}

/** Windows of `context` lines around each matched line, merged where they touch; `null` marks a gap. */
export function excerpt(lines: readonly string[], matched: readonly number[], context = 2, maxLines = 40): (ExcerptLine | null)[] {
  const wanted = new Set(matched);
  const keep = new Set<number>();
  for (const line of wanted) {
    for (let l = Math.max(1, line - context); l <= Math.min(lines.length, line + context); l++) keep.add(l);
  }
  const out: (ExcerptLine | null)[] = [];
  let previous = 0;
  for (const line of [...keep].sort((a, b) => a - b).slice(0, maxLines)) {
    if (previous && line > previous + 1) out.push(null);
    out.push({ line, text: lines[line - 1] ?? "", matched: wanted.has(line) });
    previous = line;
  }
  return out;
}
