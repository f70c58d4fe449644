// Two places editing one person (issue #9, item 5): the same person open in two side-panel views
// (two tabs of sidepanel.html#person=…), notes typed in both within a second. Before, the last save
// won and the first view silently switched to the other text saying "Saved". Now both texts are
// kept, and both views say so.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOTH_KEPT_MARK } from '../../utils/tracking/edit-conflict';
import { makePerson } from '../unit/builders';
import { launch, readDatabase, until, waitForText, type Harness } from './harness';

const person = makePerson({ id: 'p:two-views', profileUrl: 'https://two-views.example/about', profile: { source: 'web', name: 'Rin Twoview' } });
const NOTES = 'textarea[id$="-notes"]';

let h: Harness;

beforeAll(async () => {
  h = await launch();
  // Store the person the way the app does (its database, created by opening one of its pages).
  const setup = await h.openExtensionPage('sidepanel.html');
  await until(async () => (await readDatabase(h)).people !== undefined, Boolean, 'the database to exist');
  await setup.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('mentor-scout');
        open.onsuccess = () => {
          const tx = open.result.transaction('people', 'readwrite');
          tx.objectStore('people').put(record);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    person,
  );
  await setup.close();
});
afterAll(() => h?.close());

async function openPersonView(): Promise<Page> {
  const page = await h.openExtensionPage(`sidepanel.html#person=${encodeURIComponent(person.id)}`);
  await page.waitForSelector(NOTES, { timeout: 15_000 });
  return page;
}

describe('one person open in two side-panel views', () => {
  it('keeps both notes typed at once, with a notice in both views', { timeout: 90_000 }, async () => {
    const a = await openPersonView();
    const b = await openPersonView();
    // Both start typing before either has saved (a save follows a pause of 0.8 s).
    await a.type(NOTES, 'Typed in view A.');
    await b.type(NOTES, 'Typed in view B.');

    const stored = await until(
      async () => ((await readDatabase(h)).people ?? []).find((p) => p.id === person.id)?.notes as string | undefined,
      (notes) => !!notes && notes.includes('Typed in view A.') && notes.includes('Typed in view B.'),
      'both notes stored',
    );
    expect(stored).toContain(BOTH_KEPT_MARK);

    for (const view of [a, b]) {
      await waitForText(view, 'Both versions are kept');
      await view.waitForFunction(
        (selector) => {
          const value = (document.querySelector(selector) as HTMLTextAreaElement | null)?.value ?? '';
          return value.includes('Typed in view A.') && value.includes('Typed in view B.');
        },
        { timeout: 15_000 },
        NOTES,
      );
    }
  });
});
