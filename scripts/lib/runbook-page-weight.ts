import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** What a runbook page loads before search is opened, gzipped: its HTML, linked and inline CSS, external and inline scripts. */
export function weighRunbookPage(site: string, slug: string) {
  const read = (path: string) => readFileSync(join(site, path));
  const gz = (data: Buffer | string) => gzipSync(data).length;
  const html = read(`runbooks/${slug}/index.html`).toString();
  const css = [...html.matchAll(/<link rel="stylesheet" href="(\/[^"]+)"/g)].map((m) => read(m[1]!).toString());
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const external = [...html.matchAll(/<script[^>]*\ssrc="(\/[^"]+)"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return {
    html: gz(html),
    css: gz([...css, ...inlineCss].join("\n")),
    js: gz([...external.map((src) => read(src).toString()), ...inline].join("\n")),
    external,
  };
}
