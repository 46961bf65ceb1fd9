import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Vitest leaves one core to itself by default, which on a 2-core machine runs every file in turn;
    // its main process mostly waits, so use both.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Test files share a worker's modules instead of each importing the engine, the schema and the
    // content anew (a third of the unit tests' time). So a test file must leave global state alone:
    // no process.env writes, no module mocks, nothing stored on globalThis.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/site/**", "test/browser/**"] } },
      {
        extends: true,
        // The built-site and browser tests share one build, made once before they run, and one Chromium.
        test: {
          name: "site",
          include: ["test/site/**/*.test.ts", "test/browser/**/*.test.ts"],
          globalSetup: ["test/support/build-site.ts", "test/support/shared-browser.ts"],
        },
      },
    ],
  },
});
