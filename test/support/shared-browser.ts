import type { TestProject } from "vitest/node";
import { launchBrowserServer } from "./browser.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The shared Chromium's address: test files connect to it (test/support/built-site.ts). */
    chromiumEndpoint: string;
  }
}

/** Start the one Chromium the browser tests share, and stop it after the run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await launchBrowserServer();
  project.provide("chromiumEndpoint", server.wsEndpoint());
  return () => server.close();
}
