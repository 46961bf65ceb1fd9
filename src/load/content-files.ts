import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  type Dirent,
} from "node:fs";
import { join, relative } from "node:path";

/**
 * Runbook folders arrive by pull request, so nothing under the content folder is trusted to be
 * what it looks like. A symbolic link could point a reader at the build machine's files
 * (`examples/x.txt -> /proc/self/environ`, `repro.py -> /etc/passwd`) and publish them on a page;
 * a FIFO would hang the reader. Every reader of content (the check, the CLI, the site's pages)
 * reads through this module, which never follows a link and reads regular files only.
 */
export class UnsafeContentPath extends Error {
  /** The offending path, relative to the working directory, for messages. */
  readonly path: string;
  /** "ENOENT" when the path does not exist: a missing file, not a hostile one. */
  readonly code: string | undefined;
  constructor(path: string, message: string, code?: string) {
    super(`${path}: ${message}`);
    this.name = "UnsafeContentPath";
    this.path = path;
    this.code = code;
  }
}

/** What a folder entry is, told without following it. */
export function entryProblem(entry: Dirent | { isSymbolicLink(): boolean; isFile(): boolean; isDirectory(): boolean }): string | undefined {
  if (entry.isSymbolicLink())
    return "is a symbolic link; runbook content must be real files and folders (a link could publish any file of the build machine)";
  if (!entry.isFile() && !entry.isDirectory()) return "is not a regular file or folder (a FIFO, socket or device cannot be content)";
  return undefined;
}

/**
 * Read `relPath` under `root` as UTF-8, refusing a symbolic link at any step of the path (every
 * folder on the way and the file itself) and anything but a regular file. `root` itself is the
 * content folder the caller chose; the path inside it comes from content and is not trusted.
 */
export function readContentFile(root: string, relPath: string, cwd = process.cwd()): string {
  const parts = relPath.split(/[\\/]/);
  const shown = relative(cwd, join(root, relPath)) || relPath;
  if (relPath.startsWith("/") || parts.some((p) => p === ".." || p === "." || p === "")) {
    throw new UnsafeContentPath(shown, "must be a plain path inside the runbook's folder (no .., no absolute path)");
  }
  let path = root;
  for (const part of parts) {
    path = join(path, part);
    let stat;
    try {
      stat = lstatSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UnsafeContentPath(relative(cwd, path) || path, code === "ENOENT" ? "does not exist" : (error as Error).message, code);
    }
    const problem = entryProblem(stat);
    if (problem) throw new UnsafeContentPath(relative(cwd, path) || path, problem);
  }
  // O_NOFOLLOW closes the window between the lstat above and the open; fstat proves what was opened.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw new UnsafeContentPath(shown, "is not a regular file");
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}

/**
 * Write `relPath` under `root` (a record beside a runbook), creating folders as needed, never
 * through a link: a hostile `records -> /somewhere` must not turn a write into one elsewhere.
 */
export function writeContentFile(root: string, relPath: string, text: string, cwd = process.cwd()): void {
  const parts = relPath.split(/[\\/]/);
  if (relPath.startsWith("/") || parts.some((p) => p === ".." || p === "." || p === "")) {
    throw new UnsafeContentPath(relPath, "must be a plain path inside the runbook's folder (no .., no absolute path)");
  }
  let path = root;
  for (const [i, part] of parts.entries()) {
    path = join(path, part);
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      if (i < parts.length - 1) mkdirSync(path);
      continue;
    }
    if (stat.isSymbolicLink() || (i < parts.length - 1 ? !stat.isDirectory() : !stat.isFile()))
      throw new UnsafeContentPath(relative(cwd, path) || path, entryProblem(stat) ?? "is in the way");
  }
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
  try {
    writeFileSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

export interface FolderListing {
  /** Regular files, relative to the folder, with "/" separators (examples/x.txt). */
  files: Set<string>;
  /** Entries refused: symbolic links (loops included: a link is never followed) and special files. */
  problems: { path: string; message: string }[];
}

/** Every regular file under `folder`, walked without following links. */
export function listContentFolder(folder: string, cwd = process.cwd()): FolderListing {
  const listing: FolderListing = { files: new Set(), problems: [] };
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const problem = entryProblem(entry);
      if (problem) listing.problems.push({ path: relative(cwd, path), message: problem });
      else if (entry.isDirectory()) walk(path);
      else listing.files.add(relative(folder, path).split("\\").join("/"));
    }
  };
  walk(folder);
  return listing;
}

/** Is `dir` itself a real folder (not a link to one)? */
export function isRealFolder(dir: string): boolean {
  try {
    const stat = lstatSync(dir);
    return stat.isDirectory() && !stat.isSymbolicLink();
  } catch {
    return false;
  }
}
