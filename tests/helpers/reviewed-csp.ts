// The reviewed CSP of the extension pages (wxt.config.ts): our own scripts, workers, styles and connections
// only, no plugins, no frames in our pages, no <base>, no form posts. Chromium's MV3 default would allow remote
// connections (no connect-src) and remote images. Pinned for the Chrome build (built-extension.test.ts) and the
// Firefox build (firefox-lint.test.ts).
export const REVIEWED_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self'; frame-src 'none'; base-uri 'none'; form-action 'none'";
