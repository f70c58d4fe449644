import { browser } from 'wxt/browser';
import { openSidePanel } from '../../utils/ui/side-panel';
import { toolbarAction } from '../../utils/ui/toolbar-action';

export const SAVE_MENU_ID = 'save-to-mentor-scout';

export function createContextMenu(): void {
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save to Mentor Scout', contexts: ['page', 'link', 'image', 'selection'] });
  });
}

/**
 * "Save to Mentor Scout" on a page: the click grants activeTab for that tab, so the same review form
 * can read it. The popup opens where the browser lets an extension open it; elsewhere the side panel
 * opens on the capture review. The choice is made synchronously: both calls need the user gesture,
 * which does not survive an await.
 */
export function listenToContextMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_MENU_ID || tab?.id === undefined) return;
    const action = toolbarAction() as { openPopup?: () => Promise<void> };
    if (action.openPopup) {
      action.openPopup().catch(() => openSidePanel(tab.windowId, { view: 'capture', tabId: tab.id! }).catch(() => {}));
    } else {
      openSidePanel(tab.windowId, { view: 'capture', tabId: tab.id }).catch(() => {});
    }
  });
}
