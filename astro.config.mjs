// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { SITE_ORIGIN } from "./src/site/origin.ts";

export default defineConfig({
  site: SITE_ORIGIN,
  trailingSlash: "always",
  integrations: [mdx(), sitemap()],
  // Astro's whitespace compression glues adjacent inline elements ("cuda:6</code>and"),
  // which would merge words in the search index.
  compressHTML: false,
  build: { format: "directory" },
  // npm run scale builds generated content with a cache of its own, leaving the real site's alone.
  ...(process.env.TRACEBOOK_CACHE_DIR ? { cacheDir: process.env.TRACEBOOK_CACHE_DIR } : {}),
  vite: {
    build: {
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
