import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall } from '../../../entrypoints/background/first-run';

describe('the welcome page on first run', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens once, in a new tab, after a fresh install', async () => {
    expect(await openWelcomeOnInstall({ reason: 'install' })).toBe(true);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/welcome.html'));
  });

  it('stays closed after an update or a browser update', async () => {
    const before = (await fakeBrowser.tabs.query({})).length;
    expect(await openWelcomeOnInstall({ reason: 'update' })).toBe(false);
    expect(await openWelcomeOnInstall({ reason: 'chrome_update' })).toBe(false);
    expect((await fakeBrowser.tabs.query({})).length).toBe(before);
  });
});
