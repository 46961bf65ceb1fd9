import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/site/**", "test/browser/**"] } },
      {
        extends: true,
        // The built-site and browser tests share one build, made once before they run.
        test: {
          name: "site",
          include: ["test/site/**/*.test.ts", "test/browser/**/*.test.ts"],
          globalSetup: ["test/support/build-site.ts"],
        },
      },
    ],
  },
});
