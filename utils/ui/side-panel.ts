import { browser } from 'wxt/browser';

/** Where the side panel should open: the list, Today, one person, or the review of a capture. */
export type PanelTarget = { view: 'list' } | { view: 'today' } | { view: 'person'; personId: string } | { view: 'capture'; tabId: number };

/** A target in the panel's own address (an extension page opened as sidepanel.html#person=…). */
export function parsePanelHash(hash: string): PanelTarget {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (params.has('today')) return { view: 'today' };
  const personId = params.get('person');
  if (personId) return { view: 'person', personId };
  const tabId = Number(params.get('capture'));
  if (Number.isInteger(tabId) && tabId > 0) return { view: 'capture', tabId };
  return { view: 'list' };
}

/** The panel's address for `target`, e.g. "sidepanel.html#person=li%3Aada". */
export function panelPath(target: PanelTarget): string {
  switch (target.view) {
    case 'person':
      return `sidepanel.html#person=${encodeURIComponent(target.personId)}`;
    case 'capture':
      return `sidepanel.html#capture=${target.tabId}`;
    case 'today':
      return 'sidepanel.html#today';
    default:
      return 'sidepanel.html';
  }
}

/**
 * Opens the side panel at `target`. Must be called straight from a click or command handler:
 * Chrome only opens the panel in response to a user gesture, so nothing is awaited before `open`.
 * The target travels in the panel's address; a panel already open moves to it. (Handing it over
 * through storage after `open` fails: the popup is closed as the panel takes focus.)
 */
export function openSidePanel(windowId: number, target: PanelTarget = { view: 'list' }): Promise<void> {
  // Chrome only; Firefox's build has no sidePanel (the manifest omits the permission there).
  const sidePanel = browser.sidePanel as typeof browser.sidePanel | undefined;
  if (sidePanel) {
    void sidePanel.setOptions({ path: panelPath(target), enabled: true });
    return sidePanel.open({ windowId });
  }
  // Firefox: the side panel is a sidebar.
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void>; setPanel(d: { panel: string }): Promise<void> } }).sidebarAction;
  if (!sidebar) return Promise.reject(new Error('This browser has no side panel.'));
  void sidebar.setPanel({ panel: browser.runtime.getURL(`/${panelPath(target)}` as '/sidepanel.html') });
  return sidebar.open();
}
