import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { ShardedIndex } from "../../src/matcher/shards.ts";

/**
 * A stand-in for the parts of GitHub's REST API the Action uses, on 127.0.0.1: an issue's comments
 * (list, create, edit) and its labels (add, remove). It records every request, and can be told to
 * fail the next requests that match, as GitHub does under load or a rate limit. It also serves a
 * tracebook site's signature files (/signatures/...), which the Action matches with.
 */
export interface StoredComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
}

export interface Recorded {
  method: string;
  path: string;
  authorization?: string;
  body?: unknown;
  status: number;
}

interface Failure {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  message: string;
}

export const ACTION_BOT = { login: "github-actions[bot]", type: "Bot" };

export async function fakeGitHub(site?: ShardedIndex) {
  const comments = new Map<number, StoredComment[]>();
  const labels = new Map<number, Set<string>>();
  const requests: Recorded[] = [];
  const failures: Failure[] = [];
  let nextId = 1000;

  const handle = (req: IncomingMessage, res: ServerResponse, body: unknown): [number, unknown, Record<string, string>?] => {
    const url = new URL(req.url ?? "/", "http://x");
    const method = req.method ?? "GET";
    const failure = failures.findIndex((f) => f.method === method && f.path.test(url.pathname));
    if (failure >= 0) {
      const [f] = failures.splice(failure, 1);
      return [f!.status, { message: f!.message }, f!.headers];
    }
    let m: RegExpExecArray | null;
    if ((m = /^\/signatures\/([\w-]+\.json)$/.exec(url.pathname)) && method === "GET") {
      const data = m[1] === "manifest.json" ? site?.manifest : site?.shards.get(m[1]!);
      return data ? [200, data] : [404, { message: "Not Found" }];
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const issue = Number(m[1]);
      const list = comments.get(issue) ?? [];
      if (method === "GET") {
        const perPage = Number(url.searchParams.get("per_page") ?? 30);
        const page = Number(url.searchParams.get("page") ?? 1);
        return [200, list.slice((page - 1) * perPage, page * perPage)];
      }
      if (method === "POST") {
        const id = nextId++;
        const comment = {
          id,
          body: (body as { body: string }).body,
          html_url: `https://github.test/issues/${issue}#issuecomment-${id}`,
          user: ACTION_BOT,
        };
        comments.set(issue, [...list, comment]);
        return [201, comment];
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)) && method === "PATCH") {
      const comment = [...comments.values()].flat().find((c) => c.id === Number(m![1]));
      if (!comment) return [404, { message: "Not Found" }];
      comment.body = (body as { body: string }).body;
      return [200, comment];
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels(?:\/(.+))?$/.exec(url.pathname))) {
      const set = labels.get(Number(m[1])) ?? new Set();
      labels.set(Number(m[1]), set);
      if (method === "POST") for (const l of (body as { labels: string[] }).labels) set.add(l);
      else if (method === "DELETE") set.delete(decodeURIComponent(m[2] ?? ""));
      else return [405, { message: "Method Not Allowed" }];
      return [200, [...set].map((name) => ({ name }))];
    }
    return [404, { message: "Not Found" }];
  };

  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk));
    req.on("end", () => {
      const body = raw ? JSON.parse(raw) : undefined;
      const [status, data, headers] = handle(req, res, body);
      requests.push({
        method: req.method ?? "",
        path: (req.url ?? "").split("?")[0]!,
        authorization: req.headers.authorization,
        body,
        status,
      });
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(JSON.stringify(data));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");

  return {
    url: `http://127.0.0.1:${address.port}`,
    comments,
    labels,
    requests,
    /** Put a comment on an issue, as a user or a bot wrote it. */
    seed(issue: number, comment: Omit<StoredComment, "id" | "html_url">): StoredComment {
      const id = nextId++;
      const stored = { ...comment, id, html_url: `https://github.test/issues/${issue}#issuecomment-${id}` };
      comments.set(issue, [...(comments.get(issue) ?? []), stored]);
      return stored;
    },
    /** Answer the next request that matches with this status instead. */
    failNext(method: string, path: RegExp, status: number, headers?: Record<string, string>, message = "Server Error") {
      failures.push({ method, path, status, headers, message });
    },
    /** The requests made to the API, leaving out the site's signature files. */
    api: () => requests.filter((r) => r.path.startsWith("/repos/")),
    writes: () => requests.filter((r) => r.method !== "GET"),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeGitHub = Awaited<ReturnType<typeof fakeGitHub>>;
