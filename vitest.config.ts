import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Vitest leaves one core to itself by default, which on a 2-core machine runs every file in turn;
    // its main process mostly waits, so use both.
    maxWorkers: Math.max(2, availableParallelism() - 1),
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
