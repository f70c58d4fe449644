// The toolbar press as the user makes it (CDP Extensions.triggerAction on the tab), timed from
// the press until the popup's review form holds the name the page gave. Split from the harness's
// pressToolbarButton so that nothing but the press itself falls inside the timed span.
import type { CDPSession, Page, Target } from 'puppeteer-core';
import type { Harness } from '../../../tests/e2e/harness';

const NAME_VALUE = `document.querySelector('input[name="name"]')?.value ?? ''`;

export interface OpenedPopup {
  popup: Page;
  target: Target;
  /** Press → name input filled, measured in Node around a ~1 ms polling loop over CDP. */
  formFilledMs: number;
  name: string;
}

/** The tab's target id, for Extensions.triggerAction. */
async function tabTargetId(cdp: CDPSession, page: Page): Promise<string> {
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }, {}] } as never)) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  return tab.targetId;
}

export async function pressAndWaitForForm(h: Harness, tab: Page, timeoutMs = 15_000): Promise<OpenedPopup> {
  await tab.bringToFront();
  const cdp = await h.browser.target().createCDPSession();
  const targetId = await tabTargetId(cdp, tab);
  const popupUrl = `chrome-extension://${h.extensionId}/popup.html`;
  const appeared = h.browser.waitForTarget((t) => t.url() === popupUrl, { timeout: timeoutMs });

  const t0 = performance.now();
  await cdp.send('Extensions.triggerAction' as never, { id: h.extensionId, targetId } as never);
  const target = await appeared;
  const session = await target.createCDPSession();
  let name = '';
  for (const deadline = t0 + timeoutMs; !name; ) {
    if (performance.now() > deadline) {
      const { result } = await session.send('Runtime.evaluate', { expression: 'document.body?.innerText.slice(0, 300)', returnByValue: true });
      throw new Error(`the popup showed no name within ${timeoutMs} ms; it said: ${JSON.stringify(result.value)}`);
    }
    try {
      const { result } = await session.send('Runtime.evaluate', { expression: NAME_VALUE, returnByValue: true });
      name = String(result.value ?? '');
    } catch {
      // The popup's document is still being created: ask again.
    }
  }
  const formFilledMs = performance.now() - t0;
  await session.detach();
  await cdp.detach();
  return { popup: (await target.asPage())!, target, formFilledMs, name };
}

/** Closes the popup and waits until the browser has dropped it, so the next press opens a new one. */
export async function closePopup(h: Harness, opened: OpenedPopup): Promise<void> {
  const gone = new Promise<void>((resolve) => {
    const check = (t: Target) => t === opened.target && (h.browser.off('targetdestroyed', check), resolve());
    h.browser.on('targetdestroyed', check);
  });
  await opened.popup.close();
  await Promise.race([gone, new Promise((r) => setTimeout(r, 3000))]);
}
