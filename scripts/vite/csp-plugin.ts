import type { Plugin } from 'vite';

/**
 * The built app's Content-Security-Policy. Only files of this origin run or load: no inline script,
 * no eval, API calls to this origin only (the proxy in front of the cluster). Styles need no
 * 'unsafe-inline': PatternFly's CSS is a file, and React writes `style` props through the CSSOM,
 * which CSP does not govern. `data:` images are for the favicon inlined in index.html. `worker-src`
 * is for the demo build, whose API is MSW's service worker.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Puts the policy into index.html, because `kubectl proxy --www` serves the build and cannot send
 * headers. Build only: the dev server's HMR client needs inline code. `frame-ancestors` is ignored in
 * a meta tag, so `npm start` adds it in the header it sends with the same policy.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}
