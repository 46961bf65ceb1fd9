import sanitizeHtml from "sanitize-html";

// The Markdown in frontmatter fields arrives by pull request and is rendered with set:html, so
// what marked makes of it goes through sanitize-html (an allow-list parser built for untrusted
// HTML) before it reaches a page. Only what Markdown itself produces survives: raw HTML that is
// not on the list is dropped (script and style with their contents), and a link keeps its
// href only when it is https:// or a path on this site.

const COLOR = /^#[0-9a-f]{3,8}$/i;

/** The markup marked (GFM) and shiki's highlighter produce, and nothing else. */
const POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    ...["p", "br", "hr", "em", "strong", "del", "code", "pre", "span", "a", "blockquote"],
    ...["ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6"],
    ...["table", "thead", "tbody", "tr", "th", "td"],
  ],
  allowedAttributes: {
    a: ["href", "title"],
    ol: ["start"],
    th: ["align"],
    td: ["align"],
    // shiki: <pre class="shiki ..." style="background-color:...;--shiki-dark:..." tabindex="0"><span style="color:...">
    pre: ["class", "style", "tabindex"],
    code: ["class"],
    span: ["class", "style"],
  },
  allowedClasses: { pre: ["shiki", "shiki-themes", /^github-[a-z-]+$/], code: [/^language-[\w-]+$/], span: ["line"] },
  allowedStyles: {
    "*": {
      color: [COLOR],
      "background-color": [COLOR],
      "--shiki-dark": [COLOR],
      "--shiki-dark-bg": [COLOR],
      "font-style": [/^italic$/],
      "font-weight": [/^bold$/],
      "text-decoration": [/^underline$/],
    },
  },
  allowedSchemes: ["https"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "escape",
  transformTags: {
    // Belt and braces over the scheme list: keep only https://, /path and #fragment. A browser
    // reads "/\evil.example" as another host, which no scheme check sees.
    a: (tagName, attribs) => {
      const { href, ...rest } = attribs;
      return { tagName, attribs: href !== undefined && isSafeHref(href) ? { ...rest, href } : rest };
    },
  },
};

/** https://..., a path on this site (/runbooks/x/), or a fragment (#fix-y). */
export function isSafeHref(href: string): boolean {
  return /^https:\/\/[^\s\\/]/i.test(href) || /^\/(?![/\\])[^\s\\]*$/.test(href) || /^#[^\s\\]*$/.test(href);
}

export function sanitizeHtmlFragment(html: string): string {
  return sanitizeHtml(html, POLICY);
}
