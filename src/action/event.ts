/**
 * What an event asks the Action to read: an issue's body (issues: opened, edited, reopened) or a
 * comment's (issue_comment: created, edited), or why it reads nothing. The payload is GitHub's
 * webhook payload as the runner saves it at GITHUB_EVENT_PATH; only the fields used are typed.
 */

export interface User {
  login: string;
  type?: string;
}

export interface IssuePayload {
  number: number;
  body?: string | null;
  user: User;
  labels?: ({ name: string } | string)[];
  pull_request?: unknown;
}

export interface EventPayload {
  action?: string;
  issue?: IssuePayload;
  comment?: { id: number; body?: string | null; user: User };
  sender?: User;
  repository?: { name: string; owner: { login: string } };
}

export interface Subject {
  owner: string;
  repo: string;
  issue: IssuePayload;
  /** The comment whose text is read; absent for the issue's own body. */
  comment?: number;
  text: string;
}

const ANSWERED: Record<string, string[]> = {
  issues: ["opened", "edited", "reopened"],
  issue_comment: ["created", "edited"],
};

/** Bots answer nothing and are answered by nothing: the Action's own comments come from one. */
export function isBot(user: User | undefined): boolean {
  return user?.type === "Bot" || /\[bot\]$/.test(user?.login ?? "");
}

export function subjectOf(eventName: string, payload: EventPayload, repository: string): Subject | { skip: string } {
  const actions = ANSWERED[eventName];
  if (!actions) return { skip: `the ${eventName} event is not one tracebook answers (issues, issue_comment)` };
  if (!actions.includes(payload.action ?? "")) return { skip: `${eventName}.${payload.action} is not answered` };
  const issue = payload.issue;
  if (!issue) return { skip: "the event carries no issue" };
  if (issue.pull_request) return { skip: "a pull request's conversation is not answered" };
  const author = eventName === "issue_comment" ? payload.comment?.user : issue.user;
  if (isBot(author) || isBot(payload.sender)) return { skip: `${isBot(author) ? author!.login : payload.sender!.login} is a bot` };
  const [owner, repo] = (payload.repository ? `${payload.repository.owner.login}/${payload.repository.name}` : repository).split("/");
  if (!owner || !repo) return { skip: "the repository is unknown (no payload.repository, no GITHUB_REPOSITORY)" };
  const comment = eventName === "issue_comment" ? payload.comment : undefined;
  return { owner, repo, issue, ...(comment ? { comment: comment.id } : {}), text: (comment ? comment.body : issue.body) ?? "" };
}
