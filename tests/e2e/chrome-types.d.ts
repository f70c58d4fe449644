// End-to-end tests evaluate code in the extension's service worker and pages, where `chrome` is
// the global. App code uses WXT's `browser` and does not rely on these types.
/// <reference types="chrome" />
