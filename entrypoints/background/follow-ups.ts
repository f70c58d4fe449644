import { browser } from 'wxt/browser';
import { openDatabase } from '../../utils/db/database';
import { listPeople } from '../../utils/db/people';
import { listAll } from '../../utils/db/records';
import { getPreferences } from '../../utils/db/settings';
import { z } from '../../utils/schema/zod';
import { toolbarAction } from '../../utils/ui/toolbar-action';
import { badgeCount, dueItems, groupByPerson, nextAlarmAt, type TodayItem } from '../../utils/tracking/followups';
import { listAllReflections } from '../../utils/db/reflections';
import { badgeTitle } from '../../utils/tracking/badge';
import { dueReflections, nextReflectionAlarmAt, type ReflectionTodayItem } from '../../utils/tracking/reflections';

/** Hourly safety net: catches anything the precise alarm missed (sleep, clock changes). */
export const HOURLY_ALARM = 'follow-ups-hourly';
/** One-shot, at the next moment something becomes due (see nextAlarmAt). */
export const NEXT_ALARM = 'follow-ups-next';

/** Alarms survive a restart in Chrome, but not always an update or a Firefox restart: recreate them. */
export async function ensureAlarms(): Promise<void> {
  if (!(await browser.alarms.get(HOURLY_ALARM))) await browser.alarms.create(HOURLY_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
}

const NOTIFIED_KEY = 'notifiedFollowUps';
const notifiedSchema = z.array(z.string().max(300)).max(5_000);

/** Identifies one due item, so each is notified once, not every hour. */
function itemKey(item: TodayItem): string | null {
  switch (item.kind) {
    case 'follow-up':
      return `follow-up:${item.personId}:${item.number}:${item.dueDay}`;
    case 'action-item':
      return `action:${item.item.id}:${item.dueDay}`;
    case 'confirm-no-reply':
      return `no-reply:${item.personId}:${item.dueDay}`;
    default:
      return null;
  }
}

function describe(item: TodayItem | ReflectionTodayItem): string {
  if (item.kind === 'reflection') return `${item.name}: a short reflection is due.`;
  switch (item.kind) {
    case 'follow-up':
      return `${item.name}: a polite follow-up is due (${item.number} of ${item.of}).`;
    case 'action-item':
      return `${item.name}: “${item.item.text}” is due.`;
    case 'confirm-no-reply':
      return `${item.name}: no reply after your follow-ups. Mark as “no reply”?`;
    default:
      return `${item.name}: meeting today.`;
  }
}

/**
 * Recounts what is due at `now`: the toolbar badge shows due follow-ups, a notification (unless
 * turned off) names items not announced before, and the next precise alarm is set. `now` is an
 * input so tests can run it at any date.
 */
export async function checkFollowUps(now: Date = new Date()): Promise<{ due: number; reflections: number }> {
  const db = await openDatabase();
  const [{ people }, events, meetings, reflectionRecords, preferences, notifiedRecord] = await Promise.all([
    listPeople(db),
    listAll('events', db),
    listAll('meetings', db),
    listAllReflections(db),
    getPreferences(db),
    db.get('settings', NOTIFIED_KEY),
  ]);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const eventsByPerson = groupByPerson(events);
  const meetingsByPerson = groupByPerson(meetings);
  const reflectionsByPerson = groupByPerson(reflectionRecords);
  const due = badgeCount(people, eventsByPerson, preferences, now, timeZone);
  const reflectionItems = dueReflections(people, eventsByPerson, meetingsByPerson, reflectionsByPerson, now, timeZone);
  const total = due + reflectionItems.length;

  const action = toolbarAction();
  await action.setBadgeText({ text: total > 0 ? String(total) : '' });
  await action.setBadgeBackgroundColor({ color: '#1d5fd1' });
  await action.setTitle({ title: badgeTitle(due, reflectionItems.length) });

  const items = dueItems(people, eventsByPerson, meetingsByPerson, preferences, now, timeZone);
  const keys = items.map(itemKey).filter((k): k is string => k !== null);
  const notified = new Set(notifiedSchema.safeParse(notifiedRecord?.value).data ?? []);
  // Reflections notify only when the mentee turned that on; they always count on the badge.
  const reflectionKeys = reflectionItems.map((item) => `reflection:${item.personId}:${item.promptKey}`);
  if (preferences.reflectionNotifications) keys.push(...reflectionKeys);
  // Each kind is notified only when its own setting is on: follow-ups and the rest of Today with
  // "notifications", reflections with "reflectionNotifications".
  const fresh: Array<TodayItem | ReflectionTodayItem> = preferences.notifications
    ? items.filter((item) => {
        const key = itemKey(item);
        return key !== null && !notified.has(key);
      })
    : [];
  if (preferences.reflectionNotifications) fresh.push(...reflectionItems.filter((_, i) => !notified.has(reflectionKeys[i]!)));
  if (fresh.length > 0) {
    await browser.notifications
      .create('mentor-scout-due', {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: fresh.length === 1 ? 'Mentor Scout: one thing to do today' : `Mentor Scout: ${fresh.length} things to do today`,
        message: fresh.slice(0, 3).map(describe).join('\n'),
      })
      .catch(() => {});
  }
  // Remember only what is still due, so the list cannot grow without bound; write only on change.
  const remembered = keys.slice(0, 5_000);
  if (remembered.length !== notified.size || remembered.some((k) => !notified.has(k))) {
    await (remembered.length ? db.put('settings', { key: NOTIFIED_KEY, value: remembered }) : db.delete('settings', NOTIFIED_KEY));
  }

  const nextFollowUpAlarm = nextAlarmAt(people, eventsByPerson, meetingsByPerson, preferences, now, timeZone);
  const nextReflection = nextReflectionAlarmAt(people, eventsByPerson, meetingsByPerson, reflectionsByPerson, now, timeZone);
  const next = [nextFollowUpAlarm, nextReflection].filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime())[0];
  await browser.alarms.clear(NEXT_ALARM);
  if (next) await browser.alarms.create(NEXT_ALARM, { when: Math.max(next.getTime(), Date.now() + 30_000) });
  return { due, reflections: reflectionItems.length };
}
