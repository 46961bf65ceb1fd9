// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { originWarning, SITE_ORIGIN } from "./src/site/origin.ts";

/** A build whose links would point at localhost says so once, at the end, where it is seen. */
const warnUnsetOrigin = {
  name: "tracebook:origin-warning",
  hooks: {
    /** @param {{ logger: import("astro").AstroIntegrationLogger }} options */
    "astro:build:done": ({ logger }) => {
      const warning = originWarning();
      if (warning) logger.warn(`\n${"!".repeat(78)}\n${warning}\n${"!".repeat(78)}`);
    },
  },
};

export default defineConfig({
  site: SITE_ORIGIN,
  // Pages are written as folders (/match/index.html) and every link the site makes ends in "/".
  // "ignore" lets `npm run dev` and `npm start` (astro preview) serve /match and /runbooks/<slug>
  // without the slash too, as static hosts do; with "always" both answer Astro's bare 404.
  trailingSlash: "ignore",
  integrations: [mdx(), sitemap(), warnUnsetOrigin],
  // Astro's whitespace compression glues adjacent inline elements ("cuda:6</code>and"),
  // which would merge words in the search index.
  compressHTML: false,
  // Every script and stylesheet is a file of this origin: the Content-Security-Policy (src/site/csp.ts)
  // forbids inline script, so Astro must never inline a small one.
  build: { format: "directory", inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  // npm run scale builds generated content with a cache of its own, leaving the real site's alone.
  ...(process.env.TRACEBOOK_CACHE_DIR ? { cacheDir: process.env.TRACEBOOK_CACHE_DIR } : {}),
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Every MDX entry carries Astro's own "use astro:head-inject" directive, which the bundler warns about once per runbook.
        onwarn(warning, warn) {
          if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
        },
      },
    },
  },
  markdown: {
    shikiConfig: { themes: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" }, defaultColor: "light" },
  },
});
