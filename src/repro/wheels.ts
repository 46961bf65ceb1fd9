import { createHash } from "node:crypto";
import { createReadStream, readdirSync } from "node:fs";
import { join } from "node:path";

/** One installed distribution file and its SHA-256, as a record lists it. */
export interface HashedWheel {
  file: string;
  sha256: string;
}

/**
 * A wheel file's name and version (PEP 427: name-version[-build]-python-abi-platform.whl), or
 * undefined for anything that is not a wheel. Names keep their file spelling (huggingface_hub).
 */
export function wheelNameVersion(file: string): { name: string; version: string } | undefined {
  const match = /^([A-Za-z0-9_.]+)-([^-]+)(?:-\d[^-]*)?-[^-]+-[^-]+-[^-]+\.whl$/.exec(file);
  return match ? { name: match[1]!, version: match[2]! } : undefined;
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Every wheel in `folder` with its hash, sorted by file name. Anything else there is an error: only wheels install. */
export async function hashWheels(folder: string): Promise<HashedWheel[]> {
  const files = readdirSync(folder).sort();
  const other = files.filter((f) => !wheelNameVersion(f));
  if (other.length > 0) throw new Error(`pip fetched files that are not wheels (${other.join(", ")}); reproductions install wheels only`);
  return Promise.all(files.map(async (file) => ({ file, sha256: await sha256File(join(folder, file)) })));
}

/** A pip requirements file that pins every wheel to its version and hash, for `pip install --require-hashes`. */
export function hashedRequirements(wheels: readonly HashedWheel[]): string {
  return (
    wheels
      .map(({ file, sha256 }) => {
        const { name, version } = wheelNameVersion(file)!;
        return `${name}==${version} --hash=sha256:${sha256}`;
      })
      .join("\n") + "\n"
  );
}
