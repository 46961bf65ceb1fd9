import { resolve } from "node:path";

/** Where the test build of the site goes: apart from dist/, so `npm start` and `npm test` never clash. */
export const SITE_DIR = resolve(".tmp/test-site");
