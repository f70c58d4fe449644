// A capture cannot hang (issue #9, item 8): a page whose main thread never yields never runs the
// injected script, so executeScript never settles. captureTab gives up after CAPTURE_DEADLINE_MS
// with a plain message and the way to enter the person by hand; a slow but real capture still counts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CAPTURE_DEADLINE_MS, captureTab, PAGE_BUSY_REASON, takePageSection, type CaptureOutcome } from '../../../utils/capture/capture-tab';
import { emptyProfile } from '../../../utils/schema/profile';

const TAB = { id: 7, url: 'https://jo-quill.example/about' };
const FOUND = { found: true, profile: { ...emptyProfile('web'), name: 'Jo Quill', profileUrl: TAB.url } };

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function scriptAnswers(answer: () => Promise<{ result?: unknown }[]>) {
  return vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(answer as never);
}

describe('captureTab on a page that does not answer', () => {
  it('gives up after the deadline with a plain message and the way to enter the person by hand', async () => {
    scriptAnswers(() => new Promise(() => {})); // a busy page: the script never runs
    let outcome: CaptureOutcome | undefined;
    void captureTab(TAB).then((o) => (outcome = o));
    await vi.advanceTimersByTimeAsync(CAPTURE_DEADLINE_MS - 100);
    expect(outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(200);
    expect(outcome).toEqual({ found: false, reason: PAGE_BUSY_REASON, sourceUrl: TAB.url, canEnterByHand: true });
    expect(PAGE_BUSY_REASON).toMatch(/15 seconds.*enter the person by hand\.$/);
  });

  it('still takes a real capture that needs several seconds (a 25 MB page takes 5-6 s)', async () => {
    scriptAnswers(() => new Promise((resolve) => setTimeout(() => resolve([{ result: FOUND }]), 8_000)));
    const pending = captureTab(TAB);
    await vi.advanceTimersByTimeAsync(8_000);
    const outcome = await pending;
    expect(outcome).toMatchObject({ found: true, profile: { name: 'Jo Quill' }, tabId: TAB.id });
    expect(CAPTURE_DEADLINE_MS).toBeGreaterThanOrEqual(12_000);
  });

  it('saves without the page section when the page stops answering after the capture', async () => {
    scriptAnswers(() => new Promise(() => {}));
    let section: unknown = 'pending';
    void takePageSection({ ...FOUND, sourceUrl: TAB.url, tabId: TAB.id } as CaptureOutcome).then((s) => (section = s));
    await vi.advanceTimersByTimeAsync(CAPTURE_DEADLINE_MS + 100);
    expect(section).toBeUndefined();
  });
});
