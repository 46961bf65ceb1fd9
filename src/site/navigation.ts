/** The site's navigation, and which entry a page belongs to (marked aria-current="page"). */
/** `more`: words shown where there is room (not on a phone). */
export const NAV: readonly { href: string; label: string; more?: string }[] = [
  { href: "/", label: "Runbooks" },
  { href: "/match/", label: "Match", more: " a traceback" },
  { href: "/search/", label: "Search" },
  { href: "/contribute/", label: "Contribute" },
];

/** The entry a path belongs to: runbooks, categories and frameworks are all "Runbooks". */
export function navSection(pathname: string): string | undefined {
  const path = pathname.endsWith("/") ? pathname : `${pathname}/`;
  const own = NAV.find((n) => n.href !== "/" && path.startsWith(n.href));
  if (own) return own.href;
  return path === "/" || /^\/(runbooks|categories|frameworks)\//.test(path) ? "/" : undefined;
}

/** A page's canonical path always ends in "/", however the dev server was asked for it. */
export function canonicalPath(pathname: string): string {
  return pathname.endsWith("/") || /\.[a-z0-9]+$/i.test(pathname) ? pathname : `${pathname}/`;
}
