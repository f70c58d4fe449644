import { browser } from 'wxt/browser';
import { openSidePanel } from '../../utils/ui/side-panel';

export const OPEN_SIDE_PANEL_COMMAND = 'open-side-panel';

/**
 * Chrome's side panel shortcut (the toolbar popup's is the built-in _execute_action). Firefox's
 * build declares the built-in _execute_sidebar_action instead, so this command never fires there.
 */
export function listenToCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_SIDE_PANEL_COMMAND || !tab) return;
    openSidePanel(tab.windowId).catch(() => {});
  });
}
