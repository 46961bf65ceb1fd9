import { signatureMatcher } from "../cli/site-matcher.ts";
import type { ShardedMatcher } from "../matcher/sharded-matcher.ts";

/**
 * The runbooks the Action answers with: the configured site's compiled signatures, fetched as its
 * matcher page fetches them. The answer can then only link to runbooks that site has, new runbooks
 * need no new Action release, and the bundle holds code alone. Only the shards a log needs are
 * fetched (a few, of about 30 kB).
 */

const ATTEMPTS = 3;
const TIMEOUT_MS = 30_000;

export function siteSignatures(site: string): Promise<ShardedMatcher> {
  const url = (name: string) => new URL(`/signatures/${name}`, site).href;
  return signatureMatcher(async (name) => {
    for (let attempt = 1; ; attempt++) {
      let failure: string;
      try {
        const response = await fetch(url(name), { signal: AbortSignal.timeout(TIMEOUT_MS) });
        if (response.ok) return await response.text();
        if (response.status === 404 && name === "manifest.json") {
          throw new SiteError(`${url(name)} is not there: is "site" the URL of a built tracebook site?`);
        }
        failure = `HTTP ${response.status}`;
        if (response.status < 500 && response.status !== 429) throw new SiteError(`${url(name)}: ${failure}`);
      } catch (error) {
        if (error instanceof SiteError) throw error;
        failure = (error as Error).message;
      }
      if (attempt === ATTEMPTS) throw new SiteError(`${url(name)}: ${failure} (tried ${ATTEMPTS} times)`);
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }, url);
}

class SiteError extends Error {}
