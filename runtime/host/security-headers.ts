/**
 * The one Content Security Policy of the kiosk pages: sent as a header by the browser host and
 * Electron's app:// protocol, and written into index.html at build time (vite.config.ts).
 * Scripts and styles only from the app's own files: no 'unsafe-inline', no 'unsafe-eval', and no
 * 'wasm-unsafe-eval' (the OCR and its WebAssembly run in the runtime, not in a page). No page
 * frames another or starts a worker. Checked by Google's CSP Evaluator in `npm run check:security`.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "frame-src 'none'",
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** Browsers ignore (and complain about) frame-ancestors in a <meta> policy. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((directive) => !directive.startsWith('frame-ancestors')).join('; ');

/**
 * The camera reads ID cards; the microphone lets a citizen speak a rating comment on the phone or
 * tablet page (the browser still asks; Electron's permission handler keeps the kiosk's closed).
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(self), microphone=(self), geolocation=(), usb=(), serial=()',
};
