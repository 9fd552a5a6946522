// Server strings (annotations above all) are written by anyone who may edit a stream: only a plain
// web address may become a link, never `javascript:`, `data:` or a relative path into this app.

const WEB_PROTOCOLS = new Set(['http:', 'https:']);
// Whitespace or control characters inside a value mean prose that merely starts with a URL; the URL
// parser would silently strip or encode them, so the link would point somewhere the text does not say.
// eslint-disable-next-line no-control-regex
const NOT_IN_URL = /[\s\u0000-\u001f\u007f]/;

/** The value as an absolute http(s) address to link to, or undefined when it must stay plain text. */
export function webUrl(value: string | null | undefined): string | undefined {
  if (!value || NOT_IN_URL.test(value) || !/^https?:\/\//i.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  // Credentials in a link are a phishing classic ("https://bank.example@evil.example/").
  if (!WEB_PROTOCOLS.has(url.protocol) || !url.hostname || url.username || url.password) return undefined;
  return url.href;
}
