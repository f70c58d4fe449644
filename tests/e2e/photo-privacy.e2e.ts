// Imported photos load with no click? No (issue #9, item 7). A backup whose people carry
// "show photo" and photo addresses (one on a host of its own choosing, one on LinkedIn's image host)
// is imported in the real side panel and both people are opened: every request is recorded by
// Chromium's net-log and on every extension target, and none goes to either photo host. The other
// host's photo is offered as a link instead; LinkedIn's waits for "Show photo" in this browser.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeBackup } from '../../utils/backup/backup-format';
import { emptyRecordSets } from '../../utils/schema/records';
import { makePerson } from '../unit/builders';
import type * as HarnessModule from './harness';
import { readNetLog, recordExtensionTargets, withNetLog, type LoggedRequest } from './support/network';

// Before the harness loads: it reads CHROMIUM_PATH once (support/network.ts explains why).
const netLog = withNetLog();

const TRACKER_PHOTO = 'https://photos.tracker.example/jo-quill.jpg';
const LINKEDIN_PHOTO = 'https://media.licdn.com/dms/image/v2/C4E03AQ/profile-displayphoto-shrink_200_200/0/1?e=1&v=beta&t=x';
const PHOTO_HOSTS = /photos\.tracker\.example|licdn\.com/;

const jo = makePerson({ id: 'p:jo-quill', profileUrl: 'https://jo-quill.example/about', showPhoto: true, profile: { source: 'web', name: 'Jo Quill', photoUrl: TRACKER_PHOTO } });
const ada = makePerson({
  id: 'li:ada-photo-example',
  profileUrl: 'https://www.linkedin.com/in/ada-photo-example/',
  showPhoto: true,
  profile: { source: 'linkedin', name: 'Ada Photo', photoUrl: LINKEDIN_PHOTO },
});

let harness: typeof HarnessModule;
let h: HarnessModule.Harness;
let recorder: Awaited<ReturnType<typeof recordExtensionTargets>>;
let panel: Page;
let dir: string;

beforeAll(async () => {
  harness = await import('./harness');
  h = await harness.launch();
  recorder = await recordExtensionTargets(h.browser, h.extensionId);
  dir = mkdtempSync(join(tmpdir(), 'mentor-scout-photo-'));
});

afterAll(async () => {
  await h?.close().catch(() => {});
  netLog.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function openPerson(id: string, name: string): Promise<void> {
  await panel.evaluate((hash) => (location.hash = hash), `person=${encodeURIComponent(id)}`);
  await panel.waitForFunction((n) => document.querySelector('#person-name')?.textContent === n, { timeout: 15_000 }, name);
  // Give a photo every chance to be requested before looking.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
}

describe('a backup with photos and "show photo" set', () => {
  it('imports in the side panel', { timeout: 120_000 }, async () => {
    const file = join(dir, 'backup-with-photos.json');
    writeFileSync(file, serializeBackup({ ...emptyRecordSets(), people: [jo, ada], settings: {} }, '2026-03-20T10:00:00.000Z').text);
    panel = await h.openExtensionPage('sidepanel.html');
    await harness.clickButton(panel, 'Settings');
    const input = await panel.waitForSelector('input[type="file"]');
    await input!.uploadFile(file);
    await harness.clickButton(panel, 'Apply import');
    await harness.waitForText(panel, 'Imported');
  });

  it('shows the photo on another host as a link that opens in a tab, and loads nothing', { timeout: 60_000 }, async () => {
    await openPerson(jo.id, 'Jo Quill');
    expect(await panel.$$eval('img', (images) => images.map((img) => img.getAttribute('src')))).toEqual([]);
    const link = await panel.waitForSelector('::-p-xpath(//a[normalize-space(.)="Open photo in a new tab"])', { timeout: 15_000 });
    expect(await link!.evaluate((a) => [a.getAttribute('href'), a.getAttribute('target')])).toEqual([TRACKER_PHOTO, '_blank']);
  });

  it('waits for "Show photo" in this browser before loading a LinkedIn photo ("show photo" is not carried over)', { timeout: 60_000 }, async () => {
    await openPerson(ada.id, 'Ada Photo');
    expect(await panel.$$eval('img', (images) => images.map((img) => img.getAttribute('src')))).toEqual([]);
    await panel.waitForSelector('::-p-xpath(//button[normalize-space(.)="Show photo"])', { timeout: 15_000 });
  });

  it('the photo hosts got no request from the extension or the browser (DevTools protocol and net-log)', { timeout: 60_000 }, async () => {
    expect(recorder.seen.filter((r) => PHOTO_HOSTS.test(r.url))).toEqual([]);
    expect(recorder.seen).toEqual([]);
    await recorder.stop();
    await h.close();
    const logged: LoggedRequest[] = readNetLog(netLog.file);
    expect(logged.filter((r) => PHOTO_HOSTS.test(r.url))).toEqual([]);
  });

  it('the policy itself refuses a photo from another host, should a mistake ever try to load one', { timeout: 120_000 }, async () => {
    // A fresh browser (the one above is closed): the page's own CSP blocks an <img> off the list.
    const again = await harness.launch();
    try {
      const page = await again.openExtensionPage('sidepanel.html');
      const outcome = await page.evaluate(
        (src) =>
          new Promise<string>((resolve) => {
            document.addEventListener('securitypolicyviolation', (e) => resolve(`blocked ${e.violatedDirective}`), { once: true });
            const img = new Image();
            img.onload = () => resolve('loaded');
            img.src = src;
            setTimeout(() => resolve('no answer'), 5_000);
          }),
        TRACKER_PHOTO,
      );
      expect(outcome).toBe('blocked img-src');
    } finally {
      await again.close();
    }
  });
});
