import { createReadStream, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { MAX_INPUT_BYTES } from "../matcher/clean.ts";

/** Input the CLI refuses, with the one-line reason it prints (exit status 2). */
export class BadInput extends Error {}

/** "-" (or nothing) is stdin; any other name a file. */
export const STDIN = "-";

const LIMIT = `${MAX_INPUT_BYTES / 1024 / 1024} MB`;

/**
 * Read FILE, or stdin for "-" or no argument, and refuse what is not a text log. The size limit is
 * applied while reading: an endless pipe (`yes |`) or a huge file is refused once it passes the
 * limit, never buffered whole first.
 */
export async function readInput(path: string | undefined): Promise<string> {
  const stdin = path === undefined || path === STDIN;
  const name = stdin ? "stdin" : path;
  let stream: Readable;
  try {
    stream = stdin ? process.stdin : createReadStream(path);
  } catch (error) {
    throw unreadable(name, error);
  }
  // Waiting on a terminal looks like a hang: say what it waits for.
  if (stdin && process.stdin.isTTY) process.stderr.write("tracebook: reading the log from stdin (end it with Ctrl-D)\n");
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      // NUL bytes do not occur in text logs; a checkpoint or archive is full of them.
      if (size < 65536 && chunk.subarray(0, 65536 - size).includes(0)) throw new BadInput(`${name} looks like binary data, not a log`);
      size += chunk.length;
      if (size > MAX_INPUT_BYTES) {
        throw new BadInput(`${name} is over the ${LIMIT} limit (paste the part around the traceback)`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    throw error instanceof BadInput ? error : unreadable(name, error);
  } finally {
    // Stop reading a stream that was refused half way; for stdin, let the writer see the pipe close.
    if (stdin) process.stdin.destroy();
    else stream.destroy();
  }
  return Buffer.concat(chunks, size).toString("utf8");
}

function unreadable(name: string, error: unknown): BadInput {
  return new BadInput(`cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}

/**
 * The inputs named on the command line, a directory standing for the files under it (recursively,
 * in name order, leaving out hidden files and folders). Nothing named is stdin.
 */
export function expandInputs(paths: readonly string[]): string[] {
  if (paths.length === 0) return [STDIN];
  return paths.flatMap((path) => (path !== STDIN && isDirectory(path) ? filesUnder(path) : [path]));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // reading it reports the error
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return entry.isFile() ? [path] : [];
    });
}
