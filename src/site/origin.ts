/** The public origin for canonical links, the sitemap, issue replies and the CLI's links; set TRACEBOOK_SITE when deploying. */
export const SITE_ORIGIN = process.env.TRACEBOOK_SITE ?? "http://localhost:4321";
