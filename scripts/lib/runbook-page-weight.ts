import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** What a page loads before search is opened, gzipped: its HTML, linked and inline CSS, external and inline scripts. */
export function weighPage(site: string, htmlFile: string) {
  const read = (path: string) => readFileSync(join(site, path));
  const gz = (data: Buffer | string) => gzipSync(data).length;
  const html = read(htmlFile).toString();
  const css = [...html.matchAll(/<link rel="stylesheet" href="(\/[^"]+)"/g)].map((m) => read(m[1]!).toString());
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const external = [...html.matchAll(/<script[^>]*\ssrc="(\/[^"]+)"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const weight = {
    html: gz(html),
    css: gz([...css, ...inlineCss].join("\n")),
    js: gz([...external.map((src) => read(src).toString()), ...inline].join("\n")),
    external,
    inline: inline.length,
  };
  return { ...weight, total: weight.html + weight.css + weight.js };
}

export function weighRunbookPage(site: string, slug: string) {
  return weighPage(site, `runbooks/${slug}/index.html`);
}
