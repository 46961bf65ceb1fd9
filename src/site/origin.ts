/**
 * The site's public addresses, configured here and nowhere else: Astro's `site` (canonical links,
 * the sitemap, the runbook pages' issue replies), the matcher page's replies (read back from the
 * canonical link) and the CLI's links all come from this module.
 */

/** Where a build is served when TRACEBOOK_SITE is unset: `npm start` on this machine. */
export const LOCAL_ORIGIN = "http://localhost:4321";

/** The public origin, from TRACEBOOK_SITE (a URL; a trailing slash is dropped). */
export const SITE_ORIGIN = (process.env.TRACEBOOK_SITE?.trim() || LOCAL_ORIGIN).replace(/\/+$/, "");

/** False when links would point at localhost: copied into an issue, they would lead nowhere. */
export const SITE_CONFIGURED = !isLocal(SITE_ORIGIN);

/**
 * The project's repository (its issue tracker is `${REPOSITORY}/issues`), from TRACEBOOK_REPO.
 * The default is the project's home on GitHub; a fork sets its own.
 */
export const REPOSITORY = (process.env.TRACEBOOK_REPO?.trim() || "https://github.com/tracebook/tracebook").replace(/\/+$/, "");
export const ISSUE_TRACKER = `${REPOSITORY}/issues`;

/** The warning a build (and `tracebook reply`) prints when its links would point at localhost; undefined when configured. */
export function originWarning(origin = SITE_ORIGIN): string | undefined {
  if (!isLocal(origin)) return undefined;
  return [
    `TRACEBOOK_SITE is not set: every canonical link, sitemap entry and copied issue reply points at ${origin}.`,
    "Links copied from this build lead nowhere for anyone else. Set TRACEBOOK_SITE to the public origin",
    "(for example TRACEBOOK_SITE=https://tracebook.example.org npm run build).",
  ].join("\n");
}

/** An origin only this machine can reach. */
export function isLocal(origin: string): boolean {
  return /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/.test(origin);
}
