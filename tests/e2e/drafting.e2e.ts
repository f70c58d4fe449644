// The drafting journey in real Chromium with the built extension: goals set in the first-use form,
// the sample person added from the empty list, a fact ticked, a LinkedIn connection note that fits
// 200 characters and passes every check, copied (and read back from an https page, as LinkedIn
// would paste it), and the person moved to "Request drafted". Then the on-device AI: absent without
// a `LanguageModel`, offered with a fake one whose too-long rewrite is brought back within the limit.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickButton, eventually, fieldId, type Harness, launch, readDatabaseIn, textOf, typeInto, waitForText, statusBadge } from './harness';

const LINKEDIN = 'https://www.linkedin.com/';
const GOAL = 'move from backend engineering into engineering management';
const FACT_ID = 'role:1'; // "your five years as engineering manager at Contoso Freight" (components/sample.ts)
const COPIED = 'Copied. Paste it into LinkedIn yourself — Mentor Scout never sends.';

let h: Harness;
let panel: Page;

beforeAll(async () => {
  h = await launch();
  h.serve(LINKEDIN, '<!doctype html><html lang="en"><title>LinkedIn (test page)</title><p>Paste here.</p></html>');
});
afterAll(() => h?.close());

async function valueOf(p: Page, label: string): Promise<string> {
  const id = await fieldId(p, label);
  return p.$eval(`[id="${id}"]`, (el) => (el as HTMLTextAreaElement).value);
}

async function checks(p: Page): Promise<Record<string, boolean>> {
  await p.waitForSelector('[data-check]', { timeout: 15_000 });
  const pairs = await p.$$eval('[data-check]', (els) => els.map((el) => [el.getAttribute('data-check'), el.getAttribute('data-ok') === 'true'] as const));
  return Object.fromEntries(pairs);
}

async function aiButtons(p: Page): Promise<string[]> {
  return p.$$eval('button', (els) => els.map((el) => (el.textContent ?? '').trim()).filter((t) => ['Rewrite', 'Warmer', 'Shorter'].includes(t)));
}

/**
 * A stand-in for Chrome's Prompt API, installed before the page's scripts run. The first session
 * "downloads" (reports 50 %, then waits until cancelled); later ones answer at once with the draft
 * reworded and padded well past a connection note's 200 characters.
 */
function installFakeLanguageModel(): void {
  let creates = 0;
  const state = { replies: [] as string[] };
  (globalThis as Record<string, unknown>).__fakeModel = state;
  (globalThis as Record<string, unknown>).LanguageModel = {
    availability: async () => 'available',
    create: (options: { monitor?: (m: { addEventListener: (t: string, l: (e: { loaded: number }) => void) => void }) => void; signal?: AbortSignal } = {}) => {
      creates += 1;
      if (creates === 1) {
        return new Promise((_, reject) => {
          options.monitor?.({ addEventListener: (_type, listener) => setTimeout(() => listener({ loaded: 0.5 }), 0) });
          options.signal?.addEventListener('abort', () => reject(options.signal!.reason));
        });
      }
      return Promise.resolve({
        prompt: async (input: string) => {
          const draft = /"""\n([\s\S]*)\n"""/.exec(input)?.[1] ?? '';
          const reply = draft
            .replace("I'd love to hear about", 'I would really love to hear all about')
            .replace(/^(Hi [^,]+,)/, '$1 I hope this finds you well and that your week is going smoothly so far.');
          state.replies.push(reply);
          return reply;
        },
        destroy: () => {},
      });
    },
  };
}

describe('drafting a mentorship request', () => {
  it('sets goals, drafts a connection note that fits and passes, copies it, and marks the person drafted', async () => {
    panel = await h.openExtensionPage('sidepanel.html');
    await panel.bringToFront();

    // First use: the goals form comes first.
    await waitForText(panel, 'First, your goals');
    await typeInto(panel, 'Your name', 'Sam');
    await typeInto(panel, 'What you want from mentoring', GOAL);
    await typeInto(panel, 'The help you are looking for', 'advice on leading a team for the first time');
    await clickButton(panel, 'Save goals');

    // The empty list offers the sample person; adding it opens their page.
    await clickButton(panel, 'Try it with a sample person');
    expect(await textOf(panel, '#person-name')).toBe('Rosa Example');
    await panel.waitForSelector(statusBadge('Saved'));

    // Someone without a LinkedIn address starts on email; pick the connection note.
    await panel.click('input[type="radio"][value="connection-note"]');
    await panel.waitForSelector('[data-testid="note-allowance"]');
    expect(await textOf(panel, '[data-testid="note-allowance"]')).toBe('0 of 5 personalised notes marked sent this month.');

    // Why this person: untick the default facts, tick one.
    for (const box of await panel.$$('input[data-fact-id]:checked')) await box.click();
    await panel.waitForFunction(() => document.querySelectorAll('input[data-fact-id]:checked').length === 0);
    await panel.click(`input[data-fact-id="${FACT_ID}"]`);
    await panel.waitForFunction((id) => (document.querySelector(`input[data-fact-id="${id}"]`) as HTMLInputElement).checked, {}, FACT_ID);

    const text = await valueOf(panel, 'Connection note text');
    expect(text).toContain('engineering manager at Contoso Freight');
    expect(text).toContain(GOAL);
    expect(text.length).toBeLessThanOrEqual(200);
    expect(await textOf(panel, '[data-testid="length"]')).toBe(`${text.length} of 200 characters: ${200 - text.length} characters left.`);
    const results = await checks(panel);
    expect(Object.keys(results)).toEqual(['fact', 'goal', 'ask', 'limit', 'placeholder', 'not-generic', 'link', 'wording']);
    expect(Object.values(results).every(Boolean)).toBe(true);

    await clickButton(panel, 'Copy');
    await waitForText(panel, COPIED);

    // Read the clipboard back where the mentee would paste: an https LinkedIn page allowed to read it.
    await h.browser.defaultBrowserContext().overridePermissions('https://www.linkedin.com', ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const linkedIn = await h.open(LINKEDIN);
    await linkedIn.bringToFront();
    expect(await linkedIn.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await linkedIn.close();

    // The person is now "Request drafted", on screen and in the database.
    await panel.bringToFront();
    await panel.waitForSelector(statusBadge('Request drafted'), { timeout: 15_000 });
    const db = await readDatabaseIn(panel);
    const person = db.people!.find((p) => (p.profile as { name: string }).name === 'Rosa Example')!;
    expect(person.status).toBe('drafted');
    const [draft] = db.drafts!;
    expect(db.drafts).toHaveLength(1);
    expect(draft).toMatchObject({ personId: person.id, channel: 'connection-note', text, factIds: [FACT_ID], templateId: 'builtin-connection-note' });
    expect(draft!.copiedAt).toEqual(expect.any(String));
    const events = db.events!.filter((e) => e.personId === person.id);
    expect(events.find((e) => e.type === 'copied')).toMatchObject({ channel: 'connection-note', draftId: draft!.id, templateId: 'builtin-connection-note' });
    expect(events.find((e) => e.type === 'status')).toMatchObject({ from: 'saved', to: 'drafted' });

    // Without a LanguageModel in the browser, nothing about AI is shown.
    expect(await aiButtons(panel)).toEqual([]);
    expect(await panel.evaluate(() => document.body.innerText.includes('On-device AI'))).toBe(false);
  });

  it('offers on-device AI only with a model, shows the download with Cancel, and fits a too-long rewrite', async () => {
    const person = (await readDatabaseIn(panel)).people!.find((p) => (p.profile as { name: string }).name === 'Rosa Example')!;
    const page = await h.browser.newPage();
    await page.evaluateOnNewDocument(installFakeLanguageModel);
    await page.goto(`chrome-extension://${h.extensionId}/sidepanel.html#person=${encodeURIComponent(String(person.id))}`, { waitUntil: 'domcontentloaded' });
    await page.bringToFront();

    // The copied note opens in the editor; the AI buttons appear.
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Rewrite'), { timeout: 15_000 });
    expect(await aiButtons(page)).toEqual(['Rewrite', 'Warmer', 'Shorter']);
    const before = await valueOf(page, 'Connection note text');

    // First use downloads the model: progress is shown, and Cancel leaves the draft as it was.
    await clickButton(page, 'Warmer');
    await waitForText(page, 'Downloading the on-device model: 50%');
    const cancel = await page.waitForSelector('::-p-xpath(//*[@aria-label="Rewrite on this device"]//button[normalize-space(.)="Cancel"])');
    await cancel!.click();
    await waitForText(page, 'Cancelled. The draft is unchanged.');
    expect(await valueOf(page, 'Connection note text')).toBe(before);

    // The model's rewrite is too long for a connection note; what reaches the editor fits.
    await clickButton(page, 'Rewrite');
    await waitForText(page, 'Rewritten on this device.');
    const reply = await page.evaluate(() => (globalThis as unknown as { __fakeModel: { replies: string[] } }).__fakeModel.replies.at(-1)!);
    expect(reply.length).toBeGreaterThan(200);
    const after = await valueOf(page, 'Connection note text');
    expect(after).not.toBe(before);
    expect(after.length).toBeLessThanOrEqual(200);
    expect(await textOf(page, '[data-testid="length"]')).toMatch(/of 200 characters: \d+ characters? left\./);
    const results = await checks(page);
    expect(results.limit).toBe(true);
    expect(Object.values(results).every(Boolean)).toBe(true);

    // Undo puts the wording from before the rewrite back.
    const undo = await page.waitForSelector(`::-p-xpath(//*[contains(@class, "notice")][contains(., "Rewritten on this device.")]//button[normalize-space(.)="Undo"])`);
    await undo!.click();
    await eventually(async () => (await valueOf(page, 'Connection note text')) === before, 'the wording from before the rewrite');
    await page.close();
  });
});
