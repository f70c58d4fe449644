// The badge and notification recount in both toolbar APIs: Chrome's `action` (Manifest V3) and
// Firefox's `browserAction` (its Manifest V2 build has no `action`; issue #12: the recount threw
// there before it could notify).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkFollowUps } from '../../../entrypoints/background/follow-ups';
import { closeDatabases, openDatabase } from '../../../utils/db/database';
import { updatePreferences } from '../../../utils/db/settings';
import { makeEvent, makeMeeting, makePerson, plus, T0 } from '../builders';

const browserShape = fakeBrowser as unknown as Record<string, unknown>;
const chromeAction = fakeBrowser.action;

async function seedPersonSentEightDaysBefore(now: string): Promise<void> {
  const sentAt = plus(now, -8);
  const person = makePerson({ status: 'sent', lastActivityAt: sentAt, profile: { name: 'Ada Example' } });
  const db = await openDatabase();
  await db.put('people', person);
  await db.put('events', makeEvent(person.id, 'sent', sentAt, { channel: 'message' }));
}

beforeEach(async () => {
  fakeBrowser.reset();
  await closeDatabases();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase('mentor-scout');
    request.onsuccess = request.onerror = () => resolve();
  });
});

afterEach(() => {
  browserShape.action = chromeAction;
  delete browserShape.browserAction;
});

describe('a due follow-up sets the badge and notifies', () => {
  it('in Chrome, through browser.action', async () => {
    await seedPersonSentEightDaysBefore(T0);
    expect(await checkFollowUps(new Date(T0))).toEqual({ due: 1, reflections: 0 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['mentor-scout-due']);
  });

  it('in Firefox’s Manifest V2 build, through browser.browserAction (browser.action is undefined there)', async () => {
    // The same fake toolbar button, under the name Firefox MV2 gives it.
    browserShape.browserAction = chromeAction;
    browserShape.action = undefined;
    await seedPersonSentEightDaysBefore(T0);
    expect(await checkFollowUps(new Date(T0))).toEqual({ due: 1, reflections: 0 });
    expect(await chromeAction.getBadgeText({})).toBe('1');
    expect(await chromeAction.getTitle({})).toBe('Mentor Scout — 1 follow-up due');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['mentor-scout-due']);
  });
});

/** A person in Mentoring whose meeting two days before `now` ended with a takeaway: a reflection is due. */
async function seedMeetingWithTakeaways(now: string): Promise<void> {
  const person = makePerson({ status: 'mentoring', lastActivityAt: plus(now, -2), profile: { name: 'Noor Haddad' } });
  const db = await openDatabase();
  await db.put('people', person);
  await db.put('events', makeEvent(person.id, 'status', plus(now, -30), { from: 'meeting-scheduled', to: 'mentoring' }));
  await db.put('meetings', makeMeeting(person.id, { startsAt: plus(now, -2), takeaways: ['Write a one-page plan'] }));
}

describe('a reflection due after a meeting (issue #13)', () => {
  it('counts on the badge, whose title says what it counts, without a notification by default', async () => {
    await seedMeetingWithTakeaways(T0);
    expect(await checkFollowUps(new Date(T0))).toEqual({ due: 0, reflections: 1 });
    expect(await chromeAction.getBadgeText({})).toBe('1');
    expect(await chromeAction.getTitle({})).toBe('Mentor Scout — 1 reflection due');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('notifies a follow-up only with follow-up notifications on, whatever the reflection setting', async () => {
    await seedPersonSentEightDaysBefore(T0);
    await updatePreferences({ notifications: false, reflectionNotifications: true });
    expect(await checkFollowUps(new Date(T0))).toEqual({ due: 1, reflections: 0 });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('notifies once the mentee turns reflection notifications on', async () => {
    await seedMeetingWithTakeaways(T0);
    await updatePreferences({ reflectionNotifications: true });
    await checkFollowUps(new Date(T0));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['mentor-scout-due']);
  });
});
