import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadIndex } from "../../src/cli/load-index.ts";
import { UnsafeContentPath, writeContentFile } from "../../src/load/content-files.ts";
import { readRecords } from "../../src/load/read-records.ts";
import { readRunbookFile } from "../../src/load/read-runbook-file.ts";
import { safeRunbookIndexes } from "../../src/load/runbook-folders.ts";
import {
  checkLines,
  count,
  hostileFolder,
  NEIGHBOUR,
  adversarialSuite,
  scratch,
  TARGET,
  writeRunbook,
  type HostileFolder,
} from "./hostile-content.ts";

// Files in a runbook folder are untrusted: a link must never let a reader publish a file of the
// build machine, a loop must not crash the check, a FIFO must not hang it.
adversarialSuite("hostile files");

const LINK = "is a symbolic link";

/** Each case: what it does to the content folder, and the path the check must name. */
const SYMLINKS: [string, (f: HostileFolder) => void, string][] = [
  ["an example pointing at the build's environment", (f) => swap(f, "examples/a.txt", "/proc/self/environ"), `${TARGET}/examples/a.txt`],
  [
    "an extra example pointing at /etc/passwd",
    (f) => symlinkSync("/etc/passwd", join(f.dir, "examples/x.txt")),
    `${TARGET}/examples/x.txt`,
  ],
  ["repro.py pointing at /etc/passwd", (f) => symlinkSync("/etc/passwd", join(f.dir, "repro.py")), `${TARGET}/repro.py`],
  ["index.mdx pointing at another runbook's", (f) => swap(f, "index.mdx", join(f.root, NEIGHBOUR, "index.mdx")), `${TARGET}/index.mdx`],
  ["a record pointing at /etc/passwd", (f) => link(f, "records/run.json", "/etc/passwd"), `${TARGET}/records/run.json`],
  ["the examples folder pointing at /etc", (f) => swapFolder(f, "examples", "/etc"), `${TARGET}/examples`],
  ["the records folder pointing at the temporary folder", (f) => symlinkSync(tmpdir(), join(f.dir, "records")), `${TARGET}/records`],
  ["a runbook folder that is a link to /etc", (f) => symlinkSync("/etc", join(f.root, "evil-runbook")), "evil-runbook"],
  ["a runbook folder that is a link to a valid runbook elsewhere", (f) => symlinkSync(outsideRunbook(), join(f.root, "linked")), "linked"],
  ["a relative link to a sibling file", (f) => symlinkSync("a.txt", join(f.dir, "examples/c.txt")), `${TARGET}/examples/c.txt`],
  ["a dangling link", (f) => symlinkSync("/no/such/file", join(f.dir, "examples/gone.txt")), `${TARGET}/examples/gone.txt`],
  ["a link to the file system's root", (f) => symlinkSync("/", join(f.dir, "root")), `${TARGET}/root`],
];

const LOOPS: [string, (f: HostileFolder) => void, string[]][] = [
  ["a link to itself", (f) => symlinkSync("loop", join(f.dir, "loop")), [`${TARGET}/loop`]],
  [
    "two links to each other",
    (f) => {
      symlinkSync("b", join(f.dir, "a"));
      symlinkSync("a", join(f.dir, "b"));
    },
    [`${TARGET}/a`, `${TARGET}/b`],
  ],
  ["a folder linking to its parent", (f) => symlinkSync("..", join(f.dir, "examples/up")), [`${TARGET}/examples/up`]],
  ["a folder linking to itself", (f) => symlinkSync(".", join(f.dir, "examples/self")), [`${TARGET}/examples/self`]],
  [
    "a deep folder linking back to the content folder",
    (f) => {
      mkdirSync(join(f.dir, "examples/deep/er"), { recursive: true });
      symlinkSync("../../../..", join(f.dir, "examples/deep/er/top"));
    },
    [`${TARGET}/examples/deep/er/top`],
  ],
];

const SPECIAL: [string, (f: HostileFolder) => void, string][] = [
  ["a FIFO as an example (reading it would hang)", (f) => fifo(join(f.dir, "examples/pipe.txt")), `${TARGET}/examples/pipe.txt`],
  ["a FIFO as index.mdx", (f) => (rmSync(join(f.dir, "index.mdx")), fifo(join(f.dir, "index.mdx"))), `${TARGET}/index.mdx`],
];

describe("a hostile runbook folder", () => {
  it("starts from a target and a neighbour that are valid, so every complaint below is the change's", () => {
    expect(checkLines(hostileFolder())).toEqual([]);
  });

  it.each(SYMLINKS)("refuses %s, naming the file", (_, change, path) => {
    count("symbolic links");
    const lines = checkLines(hostileFolder({ files: change }));
    expect(lines).toContain(
      `${path}: ${LINK}; runbook content must be real files and folders (a link could publish any file of the build machine)`,
    );
  });

  it.each(LOOPS)("names %s instead of crashing", (_, change, paths) => {
    count("symbolic link loops");
    const lines = checkLines(hostileFolder({ files: change }));
    for (const path of paths) expect(lines.filter((l) => l.startsWith(`${path}: ${LINK}`))).toHaveLength(1);
  });

  it.each(SPECIAL)("refuses %s without reading it", (_, change, path) => {
    count("special files");
    expect(checkLines(hostileFolder({ files: change }))).toContain(
      `${path}: is not a regular file or folder (a FIFO, socket or device cannot be content)`,
    );
  });

  it("exits 1 from npm run check with every link named, a loop among them, and no stack trace", () => {
    const folder = hostileFolder({
      files: (f) => {
        swap(f, "examples/a.txt", "/proc/self/environ");
        symlinkSync("loop", join(f.dir, "loop"));
      },
    });
    const result = spawnSync(process.execPath, ["scripts/check.ts", folder.root], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${TARGET}/examples/a\\.txt: ${LINK}`));
    expect(result.stderr).toMatch(new RegExp(`${TARGET}/loop: ${LINK}`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).not.toMatch(/PATH=|HOME=/); // the environment was not read into a message
  });
});

describe("no reader of content follows a link", () => {
  it("the page's file reader (examples, repro.py, records) refuses a link, and reads nothing through it", () => {
    const { root } = hostileFolder({ files: (f) => swap(f, "examples/a.txt", "/proc/self/environ") });
    expect(() => readRunbookFile(TARGET, "examples/a.txt", root)).toThrow(UnsafeContentPath);
    expect(() => readRunbookFile(TARGET, "examples/a.txt", root)).toThrow(/is a symbolic link/);
  });

  it("the page's file reader refuses a link in a folder on the way", () => {
    const { root } = hostileFolder({ files: (f) => swapFolder(f, "examples", "/etc") });
    expect(() => readRunbookFile(TARGET, "examples/passwd", root)).toThrow(/examples: is a symbolic link/);
  });

  it("the page's file reader refuses a path that climbs out of the runbook", () => {
    const { root } = hostileFolder();
    expect(() => readRunbookFile(TARGET, "../../../../etc/passwd", root)).toThrow(/no \.\., no absolute path/);
  });

  it("the records reader leaves out a record that is a link", () => {
    const { dir } = hostileFolder({ files: (f) => link(f, "records/run.json", "/etc/passwd") });
    const issues: unknown[] = [];
    expect([...readRecords(dir, dir, issues as never).keys()]).toEqual([]);
  });

  it("the site's content collection gets only real folders with a real index.mdx", () => {
    const { root } = hostileFolder({
      files: (f) => {
        swap(f, "index.mdx", join(f.root, NEIGHBOUR, "index.mdx"));
        symlinkSync(outsideRunbook(), join(f.root, "linked"));
      },
    });
    expect(safeRunbookIndexes(root)).toEqual([NEIGHBOUR]);
  });

  it("the CLI's content loader does not load a runbook through a link", () => {
    const { root } = hostileFolder({ files: (f) => symlinkSync(outsideRunbook(), join(f.root, "linked")) });
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(loadIndex(root).runbooks.map((r) => r.slug)).toEqual([NEIGHBOUR, TARGET]);
    } finally {
      console.error = quiet;
    }
  });

  it("npm run repro does not write a record through a linked records folder", () => {
    count("symbolic links");
    const elsewhere = scratch("elsewhere");
    const { dir } = hostileFolder({ files: (f) => symlinkSync(elsewhere, join(f.dir, "records")) });
    expect(() => writeContentFile(dir, "records/run.json", "{}", dir)).toThrow(/records: is a symbolic link/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});

/** Replace a file of the target with a link to `to`. */
function swap(f: HostileFolder, file: string, to: string): void {
  rmSync(join(f.dir, file));
  symlinkSync(to, join(f.dir, file));
}

function swapFolder(f: HostileFolder, folder: string, to: string): void {
  rmSync(join(f.dir, folder), { recursive: true });
  symlinkSync(to, join(f.dir, folder));
}

function link(f: HostileFolder, file: string, to: string): void {
  mkdirSync(join(f.dir, file, ".."), { recursive: true });
  symlinkSync(to, join(f.dir, file));
}

/** A valid runbook outside the content folder, for links that point at one. */
function outsideRunbook(): string {
  const dir = writeRunbook(scratch("outside"), "outside");
  expect(existsSync(join(dir, "index.mdx"))).toBe(true);
  return dir;
}

function fifo(path: string): void {
  execFileSync("mkfifo", [path]);
}
