import { chromium, type Browser, type BrowserServer } from "playwright-core";

/** Debian's Chromium (apt-get install chromium); tests never download a browser build. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Without these, Chromium keeps trying hosts this closed network refuses. */
const QUIET = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: QUIET });
}

/** One Chromium for every browser test file: each connects to it instead of starting its own (a second each). */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: QUIET });
}
