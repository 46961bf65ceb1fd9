import { readFileSync } from "node:fs";
import { MAX_INPUT_BYTES } from "../matcher/clean.ts";

/** Input the CLI refuses, with the one-line reason it prints (exit status 2). */
export class BadInput extends Error {}

/** Read FILE, or stdin for "-" or no argument, and refuse what is not a text log. */
export function readInput(path: string | undefined): string {
  const name = path === undefined || path === "-" ? "stdin" : path;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === undefined || path === "-" ? 0 : path);
  } catch (error) {
    throw new BadInput(`cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new BadInput(
      `input is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB (paste the part around the traceback)`,
    );
  }
  // NUL bytes do not occur in text logs; a checkpoint or archive is full of them.
  if (bytes.subarray(0, 65536).includes(0)) throw new BadInput(`${name} looks like binary data, not a log`);
  return bytes.toString("utf8");
}
