import { Octokit } from "@octokit/core";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

/**
 * The REST calls the Action makes, through Octokit at GITHUB_API_URL (GitHub Enterprise Server
 * included). Retries are bounded: a 5xx is tried again up to 3 times (after 1, 4 and 9 s, the retry
 * plugin's schedule); a rate limit is waited out twice at most, and only when GitHub asks for a
 * minute or less, since an answer an hour late is worth less than a failed run that says why.
 */

const Client = Octokit.plugin(retry, throttling);

const MAX_RATE_LIMIT_RETRIES = 2;
const MAX_RATE_LIMIT_WAIT_S = 60;

export interface Comment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string; type?: string } | null;
}

export interface Repo {
  owner: string;
  repo: string;
}

/** Comments listed at most: 30 pages of 100, more than any issue thread a bot should join. */
const MAX_PAGES = 30;

export function github(token: string, baseUrl: string) {
  const waitOut = (after: number, _options: unknown, _octokit: unknown, retryCount: number) =>
    retryCount < MAX_RATE_LIMIT_RETRIES && after <= MAX_RATE_LIMIT_WAIT_S;
  const octokit = new Client({
    auth: token,
    baseUrl,
    userAgent: "tracebook-action",
    retry: { retries: 3 },
    throttle: { onRateLimit: waitOut, onSecondaryRateLimit: waitOut },
  });
  return {
    async comments({ owner, repo }: Repo, issue: number): Promise<Comment[]> {
      const all: Comment[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await octokit.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
          owner,
          repo,
          issue_number: issue,
          per_page: 100,
          page,
        });
        all.push(...(data as Comment[]));
        if (data.length < 100) break;
      }
      return all;
    },
    async createComment({ owner, repo }: Repo, issue: number, body: string): Promise<Comment> {
      const { data } = await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        owner,
        repo,
        issue_number: issue,
        body,
      });
      return data as Comment;
    },
    async updateComment({ owner, repo }: Repo, id: number, body: string): Promise<Comment> {
      const { data } = await octokit.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        owner,
        repo,
        comment_id: id,
        body,
      });
      return data as Comment;
    },
    async addLabel({ owner, repo }: Repo, issue: number, label: string): Promise<void> {
      await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
        owner,
        repo,
        issue_number: issue,
        labels: [label],
      });
    },
    async removeLabel({ owner, repo }: Repo, issue: number, label: string): Promise<void> {
      await octokit.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
        owner,
        repo,
        issue_number: issue,
        name: label,
      });
    },
  };
}

export type GitHub = ReturnType<typeof github>;
