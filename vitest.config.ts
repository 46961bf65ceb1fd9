import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The site and browser tests share one build, made once before any test file runs.
    globalSetup: ["test/support/build-site.ts"],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
