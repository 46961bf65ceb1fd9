import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { openBuiltSite } from "../support/built-site.ts";
import { SITE_DIR } from "../support/site-dir.ts";

// `npm start` (astro preview) and `npm run dev` answer /match and /runbooks/<slug> without the
// trailing slash with the page itself, and an unknown path with the site's own 404 page.
const site = openBuiltSite();
const SLUG = "meta-tensor-cannot-copy";
const servers: ChildProcess[] = [];

afterAll(() => {
  for (const server of servers) if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Start `astro <command>` on a free port and wait until it answers. */
async function astro(args: string[]): Promise<string> {
  const port = await freePort();
  const server = spawn(process.execPath, ["node_modules/astro/bin/astro.mjs", ...args, "--port", String(port), "--host", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    // Not vitest's environment (NODE_ENV=test, VITEST=…): the servers run as a user runs them.
    env: Object.fromEntries(
      Object.entries({ ...process.env, ASTRO_TELEMETRY_DISABLED: "1" }).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(k)),
    ),
  });
  servers.push(server);
  let stderr = "";
  server.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`astro ${args[0]} exited with ${server.exitCode}: ${stderr}`);
    try {
      if ((await fetch(`${origin}/match/`, { signal: AbortSignal.timeout(30_000) })).ok) return origin;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`astro ${args[0]} did not answer on ${origin}: ${stderr}`);
}

describe.each([
  ["npm start (astro preview)", ["preview", "--outDir", SITE_DIR]],
  ["npm run dev (astro dev)", ["dev"]],
])("under %s", (_, args) => {
  it("/match and /runbooks/<slug> without the slash reach the page, and an unknown path the site's 404", { timeout: 180_000 }, async () => {
    const origin = await astro(args);
    const page = await site.browser.newPage();
    for (const [path, heading] of [
      ["/match", "Match a traceback"],
      [`/runbooks/${SLUG}`, "NotImplementedError: Cannot copy out of meta tensor; no data!"],
    ]) {
      const response = await page.goto(origin + path);
      expect(response!.status(), path).toBe(200);
      await expect(page.textContent("h1"), path).resolves.toBe(heading);
    }
    const missing = await page.goto(`${origin}/no-such-page`);
    expect(missing!.status()).toBe(404);
    await expect(page.textContent("h1")).resolves.toBe("No page here");
    expect(await page.locator("main a[href='/match/']").count()).toBeGreaterThan(0);
    await page.close();
  });
});
