import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect } from "../../src/repro/environment.ts";
import { networkIsolation, PASSED_VARIABLES, scrubbedEnvironment } from "../../src/repro/sandbox.ts";
import { hashedRequirements, hashWheels, wheelNameVersion } from "../../src/repro/wheels.ts";
import { count, adversarialSuite, scratch } from "./hostile-content.ts";

// npm run repro runs contributors' scripts. What a run can see of the host is an allow-list;
// where the machine allows it, it has no network; what it installs is wheels, each hashed.
adversarialSuite("reproduction sandbox");

/** Host secrets a CI runner or a maintainer's shell may hold. */
const SECRETS: Record<string, string> = {
  GITHUB_TOKEN: "ghp_secret1",
  GH_TOKEN: "ghp_secret2",
  HF_TOKEN: "hf_secret3",
  HUGGING_FACE_HUB_TOKEN: "hf_secret4",
  NPM_TOKEN: "npm_secret5",
  AWS_ACCESS_KEY_ID: "AKIASECRET6",
  AWS_SECRET_ACCESS_KEY: "secret7",
  AWS_SESSION_TOKEN: "secret8",
  GOOGLE_APPLICATION_CREDENTIALS: "/secret9.json",
  AZURE_CLIENT_SECRET: "secret10",
  OPENAI_API_KEY: "sk-secret11",
  ANTHROPIC_API_KEY: "sk-ant-secret12",
  SSH_AUTH_SOCK: "/tmp/ssh-secret13/agent.1",
  DOCKER_AUTH_CONFIG: '{"auths":"secret14"}',
  CI_JOB_TOKEN: "secret15",
  ACTIONS_RUNTIME_TOKEN: "secret16",
  LD_PRELOAD: "/tmp/secret17.so",
  PYTHONPATH: "/tmp/secret18",
  PYTHONSTARTUP: "/tmp/secret19.py",
  NODE_OPTIONS: "--require /tmp/secret20.js",
  HTTPS_PROXY: "https://user:secret21@proxy.example",
  PIP_INDEX_URL: "https://user:secret22@pypi.example/simple",
};

const home = scratch("sandbox-home");
// The host: its own PATH, HOME and user, a locale, and the secrets.
const host = { PATH: process.env.PATH, HOME: "/root", USER: "maintainer", LANG: "C.UTF-8", ...SECRETS };
const env = scrubbedEnvironment(host, { home, binDir: dirname(process.execPath), extra: { HF_HUB_OFFLINE: "1" } });

/** Run a Node one-liner the way npm run repro runs a script: scrubbed environment, no network where possible. */
function runSandboxed(code: string): Promise<{ code: number; output: string }> {
  const [command, ...args] = [...networkIsolation().prefix, process.execPath, "-e", code];
  return collect(command!, args, home, env, 30_000, { inherit: false });
}

describe("the environment of a reproduction", () => {
  let seen: string;
  beforeAll(async () => {
    seen = (await runSandboxed("process.stdout.write(JSON.stringify(process.env))")).output;
  });

  it.each(Object.keys(SECRETS))("does not carry %s from the host", (name) => {
    count("host secrets offered to a run");
    expect(Object.keys(JSON.parse(seen) as Record<string, string>)).not.toContain(name);
    expect(seen).not.toContain(SECRETS[name]);
  });

  it("is exactly the allow-list, a private home and the offline switches", () => {
    expect(Object.keys(env).sort()).toEqual(
      ["HF_HOME", "HF_HUB_OFFLINE", "HOME", "LANG", "PATH", "TMPDIR", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"].sort(),
    );
    expect(env.HOME).toBe(home);
    expect(env.PATH!.split(":")[0]).toBe(dirname(process.execPath));
  });

  it("lets through no host variable whose name suggests a credential", () => {
    expect(PASSED_VARIABLES.filter((n) => /TOKEN|SECRET|KEY|PASS|AUTH|CRED|PROXY|PRELOAD|PATH|OPTIONS/.test(n))).toEqual([]);
  });
});

describe("the network of a reproduction", () => {
  let server: ReturnType<typeof createServer>;
  let port: number;
  beforeAll(async () => {
    server = createServer((socket) => socket.end("hello"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("is cut where the machine allows it (unshare -n), and said to be open where it does not", async () => {
    count("network connections attempted by a run");
    const probe = `require("net").connect(${port}, "127.0.0.1").on("connect", () => { console.log("connected"); process.exit(0); }).on("error", (e) => { console.log(e.code); process.exit(0); })`;
    const { output } = await runSandboxed(probe);
    const isolation = networkIsolation();
    if (isolation.prefix.length > 0) {
      expect(output.trim()).toMatch(/^(ENETUNREACH|ECONNREFUSED|EHOSTUNREACH)$/);
      expect(isolation.description).toMatch(/^none but its own loopback \(unshare( -r)? -n\)$/);
    } else {
      expect(output.trim()).toBe("connected");
      expect(isolation.description).toMatch(/^not isolated: unshare -n is not permitted/);
    }
  });
});

describe("the loopback of a reproduction", () => {
  it("answers a server the run starts itself, as a stand-in for the Hub, and reaches no other address", async () => {
    count("network connections attempted by a run");
    const isolation = networkIsolation();
    if (isolation.prefix.length === 0) return; // not isolated here: the test above says so
    // A server on the run's own 127.0.0.1, then an address outside (TEST-NET-1, which no machine holds).
    const probe = `const net = require("net");
      const server = net.createServer((s) => s.end("stand-in")).listen(0, "127.0.0.1", () => {
        net.connect(server.address().port, "127.0.0.1").on("data", (d) => {
          process.stdout.write(d + " ");
          net.connect(80, "192.0.2.1").on("connect", () => { console.log("outside"); process.exit(0); })
            .on("error", (e) => { console.log(e.code); process.exit(0); });
        }).on("error", (e) => { console.log("loopback " + e.code); process.exit(0); });
      });`;
    const { output } = await runSandboxed(probe);
    expect(output.trim()).toMatch(/^stand-in (ENETUNREACH|EHOSTUNREACH)$/);
  });
});

describe("what a reproduction installs", () => {
  it("refuses a distribution that is not a wheel (an sdist would run its setup.py)", async () => {
    count("non-wheel distributions offered to an install");
    const folder = scratch("wheelhouse");
    writeFileSync(join(folder, "packaging-26.3-py3-none-any.whl"), "wheel bytes");
    writeFileSync(join(folder, "evil-1.0.tar.gz"), "setup.py bytes");
    await expect(hashWheels(folder)).rejects.toThrow(/not wheels \(evil-1\.0\.tar\.gz\); reproductions install wheels only/);
  });

  it("pins every wheel, dependencies included, to its version and SHA-256", async () => {
    const folder = scratch("wheelhouse");
    writeFileSync(join(folder, "torch-2.13.0+cpu-cp311-cp311-manylinux_2_28_x86_64.whl"), "torch bytes");
    writeFileSync(join(folder, "huggingface_hub-1.33.0-py3-none-any.whl"), "hub bytes");
    const wheels = await hashWheels(folder);
    const sha = (s: string) => createHash("sha256").update(s).digest("hex");
    expect(wheels).toEqual([
      { file: "huggingface_hub-1.33.0-py3-none-any.whl", sha256: sha("hub bytes") },
      { file: "torch-2.13.0+cpu-cp311-cp311-manylinux_2_28_x86_64.whl", sha256: sha("torch bytes") },
    ]);
    expect(hashedRequirements(wheels)).toBe(
      `huggingface_hub==1.33.0 --hash=sha256:${sha("hub bytes")}\ntorch==2.13.0+cpu --hash=sha256:${sha("torch bytes")}\n`,
    );
  });

  it("reads a wheel's name and version, build tag or not", () => {
    expect(wheelNameVersion("torch-2.13.0+cpu-cp311-cp311-manylinux_2_28_x86_64.whl")).toEqual({ name: "torch", version: "2.13.0+cpu" });
    expect(wheelNameVersion("pkg-1.0-1build-py3-none-any.whl")).toEqual({ name: "pkg", version: "1.0" });
    expect(wheelNameVersion("pkg-1.0.tar.gz")).toBeUndefined();
  });
});
