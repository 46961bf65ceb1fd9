/**
 * The Content-Security-Policy every page carries, as a <meta http-equiv> (a static site has no
 * headers of its own). Script runs only from this origin's files: no inline script, no script
 * from another host, no eval. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search
 * core, and nothing else. Styles may be inline because shiki colours code with style attributes.
 * A host that can send headers should send HEADER_POLICY as well (see the README): the
 * directives a <meta> cannot carry (frame-ancestors) work only there.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

export const META_POLICY = DIRECTIVES.join("; ");

/** For the Content-Security-Policy response header, where the host allows one. */
export const HEADER_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join("; ");
