import { browser } from 'wxt/browser';

type ToolbarAction = typeof browser.action;

/**
 * The toolbar button's API: `browser.action` in Manifest V3 (Chrome), `browser.browserAction` in
 * the Manifest V2 build for Firefox, where `browser.action` is undefined (issue #12: the badge
 * recount threw there before it could notify).
 */
export function toolbarAction(): ToolbarAction {
  const api = browser.action ?? (browser as unknown as { browserAction?: ToolbarAction }).browserAction;
  if (!api) throw new Error('This browser has no toolbar button API.');
  return api;
}
