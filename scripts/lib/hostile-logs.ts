/**
 * Logs built to make a parser or matcher slow: each shape repeats a piece that a naive loop would
 * treat quadratically (a growing pending string, a message that never ends, a line full of anchors).
 * The benchmark times each at two sizes; the tests count the matcher's work on the same shapes.
 */
export const HOSTILE_SHAPES: Record<string, (bytes: number) => string> = {
  "rich box with wrapped paths": (n) =>
    "╭──── Traceback (most recent call last) ────╮\n" +
    "│ /very/long/path/segment/that/wraps/and/wraps/again │\n".repeat(Math.ceil(n / 56)),
  "one exception, a message of many lines": (n) =>
    "RuntimeError: E\n" + "    continued message line with words\n".repeat(Math.ceil(n / 38)),
  "many one-line exceptions": (n) => "RuntimeError: E\n".repeat(Math.ceil(n / 16)),
  "exceptions with long multi-line messages": (n) =>
    (
      "RuntimeError: Error(s) in loading state_dict for M:\n" +
      "\tsize mismatch for w: copying a param with shape torch.Size([1, 2]) from checkpoint\n".repeat(150) +
      "\n"
    ).repeat(Math.ceil(n / 12_800)),
  "one long line": (n) => "a".repeat(n),
  "a line full of anchors": (n) => "CUDA error: CUDA out of memory. Tried to allocate ".repeat(Math.ceil(n / 50)),
  "flattened tracebacks": (n) =>
    ('Traceback (most recent call last): File "/x/y.py", line 1, in f return g() ^^^^ '.repeat(60) + "ValueError: x\n").repeat(
      Math.ceil(n / 5000),
    ),
  "HTML entities and tags": (n) => "&lt;b&gt;&amp;&#39;<a href='x'>y</a>&nbsp;".repeat(Math.ceil(n / 40)) + "\n",
  "nested quotes and emphasis": (n) => "> > > **RuntimeError:** *** E &lt;x&gt;\n".repeat(Math.ceil(n / 40)),
  "repeated traceback headers": (n) => "Traceback (most recent call last):\n".repeat(Math.ceil(n / 35)),
  "frames without an exception": (n) => '  File "/x/y.py", line 1, in f\n    g()\n'.repeat(Math.ceil(n / 40)),
  "lookalike messages": (n) =>
    "RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:".repeat(Math.ceil(n / 100)),
  "a long dotted name": (n) => "a.".repeat(Math.ceil(n / 2)) + "!",
  "many short lines": (n) => "x\n".repeat(Math.ceil(n / 2)),
  "nested chains": (n) =>
    'Traceback (most recent call last):\n  File "a.py", line 1, in f\nValueError: f must be a\n\nDuring handling of the above exception, another exception occurred:\n\n'.repeat(
      Math.ceil(n / 140),
    ),
  "size mismatch lines": (n) =>
    "RuntimeError: Error(s) in loading state_dict for M:\n" +
    "\tsize mismatch for w: copying a param with shape torch.Size([".repeat(Math.ceil(n / 70)),
};
