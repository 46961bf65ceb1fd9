import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface InstalledPackage {
  tarball: string;
  /** Bytes of the .tgz, and of its files unpacked. */
  packed: number;
  unpacked: number;
  files: string[];
  dependencies: number;
  /** The folder it was installed into (nothing else there), and the bin npm linked. */
  prefix: string;
  bin: string;
  /** Remove the tarball and the installed folder. */
  remove: () => void;
}

/**
 * What a user gets: `npm pack` in this checkout (which builds the bin and its data through
 * "prepare"), then `npm install` of the tarball into an empty folder. `npm` is the one on PATH.
 */
export function packAndInstall(env: NodeJS.ProcessEnv = process.env): InstalledPackage {
  const dir = mkdtempSync(join(tmpdir(), "tracebook-pack-"));
  const npm = (args: string[], cwd: string) => execFileSync("npm", args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const [packed] = JSON.parse(npm(["pack", "--json", "--pack-destination", dir], process.cwd())) as {
    filename: string;
    size: number;
    unpackedSize: number;
    files: { path: string }[];
  }[];
  const tarball = join(dir, packed!.filename);
  const prefix = join(dir, "empty");
  execFileSync("mkdir", [prefix]);
  npm(["install", "--no-audit", "--no-fund", "--prefix", prefix, tarball], prefix);
  const installed = JSON.parse(npm(["ls", "--all", "--json", "--prefix", prefix], prefix)) as {
    dependencies?: { tracebook?: { dependencies?: object } };
  };
  const bin = join(prefix, "node_modules/.bin/tracebook");
  if (!existsSync(bin)) throw new Error(`npm install linked no tracebook bin in ${prefix}`);
  return {
    tarball,
    packed: packed!.size,
    unpacked: packed!.unpackedSize,
    files: packed!.files.map((f) => f.path).sort(),
    dependencies: Object.keys(installed.dependencies?.tracebook?.dependencies ?? {}).length,
    prefix,
    bin: realpathSync(bin),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Node binaries to try the bin with: the one running this, and the system's where it is another version. */
export function nodes(): string[] {
  const found = [process.execPath];
  for (const candidate of ["/usr/bin/node", "/usr/local/bin/node"]) {
    if (!existsSync(candidate) || found.some((f) => realpathSync(f) === realpathSync(candidate))) continue;
    const version = execFileSync(candidate, ["--version"], { encoding: "utf8" }).trim();
    if (version !== process.version) found.push(candidate);
  }
  return found;
}
