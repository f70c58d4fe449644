import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../scripts/lib/node-dom';
import { MAX_MESSAGES, readConversation } from '../../utils/extract/linkedin-messaging/conversation';
import { latestFromThem, matchConversation, nameForMatching } from '../../utils/extract/linkedin-messaging/match';
import { shownTimeToInstant } from '../../utils/extract/linkedin-messaging/shown-time';
import { makePerson } from './builders';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/linkedin-messaging');
const THREAD_URL = 'https://www.linkedin.com/messaging/thread/2-SW52ZW50ZWRUaHJlYWQ=/';

function read(html: string, url = THREAD_URL) {
  return readConversation(documentFromHtml(html, url), url);
}

/** A minimal thread in LinkedIn's structure, one list row per message. */
function thread(rows: string, header = '<a class="msg-thread__link-to-profile" href="/in/noor-haddad-2b/"><h2 class="msg-entity-lockup__entity-title">Noor Haddad</h2></a>') {
  return `<main><div class="msg-thread"><div class="msg-title-bar">${header}</div><div class="msg-s-message-list"><ul>${rows}</ul></div></div></main>`;
}

function row({ other = false, name = '', time = '', datetime = '', body = '', heading = '' }) {
  const meta = name || time ? `<div class="msg-s-message-group__meta">${name ? `<span class="msg-s-message-group__name">${name}</span>` : ''}${time ? `<time class="msg-s-message-group__timestamp"${datetime ? ` datetime="${datetime}"` : ''}>${time}</time>` : ''}</div>` : '';
  return `<li class="msg-s-message-list__event">${heading ? `<time class="msg-s-message-list__time-heading">${heading}</time>` : ''}<div class="msg-s-event-listitem${other ? ' msg-s-event-listitem--other' : ''}">${meta}<p class="msg-s-event-listitem__body">${body}</p></div></li>`;
}

describe('readConversation on the saved thread (thread.html)', () => {
  const html = readFileSync(resolve(FIXTURES, 'thread.html'), 'utf8');

  it('reads who it is with and every message as text, with the day heading and time as shown', () => {
    expect(read(html)).toEqual({
      found: true,
      participantName: 'Noor Haddad',
      participantProfileUrl: 'https://www.linkedin.com/in/noor-haddad-2b/',
      messages: [
        {
          fromThem: false,
          at: 'Nov 24 9:14 AM',
          text: "Hi Noor, your talk on migrating Quillfield's build system was the clearest account of an incremental rewrite I have heard. I'm moving from backend work into a tech-lead role. Would you be open to a 20-minute call?",
        },
        { fromThem: true, at: 'Nov 28 6:02 PM', text: 'Hi Jonas, thanks for the kind words!' },
        { fromThem: true, at: 'Nov 28 6:02 PM', text: "Happy to talk. I'm travelling this week & next; could we aim for early December?" },
        { fromThem: false, at: 'Nov 28 7:30 PM', text: 'Early December is perfect. Would Thursday the 4th at 4pm CET suit you?' },
        { fromThem: true, at: 'Tuesday 8:45 AM', text: "Thursday at 4pm works for me. I'll send a calendar invite." },
        { fromThem: false, at: 'Tuesday 9:01 AM', text: 'Wonderful, thank you! See you Thursday.' },
      ],
    });
  });

  it('never reads the conversation list, the unsent draft, reactions, receipts or scripts', () => {
    const text = JSON.stringify(read(html));
    for (const absent of ['Tomasz', 'Draft I have not sent', 'thumbs', '👍', 'Seen by', 'cookie', 'Active now']) expect(text).not.toContain(absent);
  });

  it('gives the latest message from them', () => {
    const result = read(html);
    if (!result.found) throw new Error(result.reason);
    expect(latestFromThem(result.messages)).toMatchObject({ text: "Thursday at 4pm works for me. I'll send a calendar invite.", at: 'Tuesday 8:45 AM' });
  });

  it('reads nothing on any other page, even with the same markup', () => {
    for (const url of ['https://www.linkedin.com/in/noor-haddad-2b/', 'https://www.linkedin.com/messaging/', 'https://example.org/messaging/thread/1/']) {
      expect(read(html, url)).toMatchObject({ found: false, reason: expect.stringMatching(/not a LinkedIn conversation/) });
    }
  });

  it('every fixture here is listed in the README', () => {
    const readme = readFileSync(resolve(FIXTURES, 'README.md'), 'utf8');
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.html'))) expect(readme).toContain(`\`${file}\``);
  });
});

describe('readConversation edge cases', () => {
  it('says so when no conversation is open yet or the header names no one', () => {
    expect(read('<main><section class="msg-conversations-container"></section></main>')).toMatchObject({ found: false, reason: expect.stringMatching(/No conversation is open/) });
    expect(read(thread(row({ body: 'x' }), '<div></div>'))).toMatchObject({ found: false, reason: expect.stringMatching(/does not say who/) });
  });

  it('uses a machine-readable datetime where the page gives one', () => {
    const result = read(thread(row({ other: true, name: 'Noor Haddad', time: '6:02 PM', datetime: '2025-11-28T17:02:00Z', body: 'Yes!' })));
    expect(result).toMatchObject({ found: true, messages: [{ fromThem: true, at: '2025-11-28T17:02:00.000Z', text: 'Yes!' }] });
  });

  it('tells their messages by sender name when the "other" marker is missing (a renamed class)', () => {
    const rows = row({ name: 'Jonas Berg', time: '9:00 AM', body: 'Hello' }) + row({ name: 'Noor Haddad', time: '10:00 AM', body: 'Hi!' }) + row({ body: 'And welcome.' });
    const result = read(thread(rows));
    expect(result).toMatchObject({ found: true, messages: [{ fromThem: false }, { fromThem: true }, { fromThem: true, at: '10:00 AM' }] });
  });

  it('refuses a group conversation', () => {
    const rows = row({ other: true, name: 'Noor Haddad', body: 'Hi' }) + row({ other: true, name: 'Tomasz Wren', body: 'Hello both' });
    expect(read(thread(rows))).toMatchObject({ found: false, reason: expect.stringMatching(/group conversation/) });
  });

  it(`keeps at most the newest ${MAX_MESSAGES} messages`, () => {
    const rows = Array.from({ length: MAX_MESSAGES + 50 }, (_, i) => row({ other: i % 2 === 0, name: i % 2 === 0 ? 'Noor Haddad' : 'Jonas Berg', body: `m${i}` })).join('');
    const result = read(thread(rows));
    if (!result.found) throw new Error(result.reason);
    expect(result.messages).toHaveLength(MAX_MESSAGES);
    expect(result.messages.at(-1)?.text).toBe(`m${MAX_MESSAGES + 49}`);
    expect(result.messages[0]?.text).toBe('m50');
  });

  it('drops a profile link that is not a web address', () => {
    const result = read(thread(row({ body: 'x' }), '<a class="msg-thread__link-to-profile" href="javascript:alert(1)"><h2 class="msg-entity-lockup__entity-title">Noor Haddad</h2></a>'));
    expect(result).toMatchObject({ found: true });
    expect(result).not.toHaveProperty('participantProfileUrl');
  });
});

describe('matching the conversation to the person shown', () => {
  const noor = makePerson({ id: 'li:noor-haddad-2b', profileUrl: 'https://www.linkedin.com/in/noor-haddad-2b/', profile: { name: 'Noor Haddad' } });

  it('matches by canonical profile address, whatever its form', () => {
    expect(matchConversation(noor, { participantName: 'N. Haddad', participantProfileUrl: 'https://www.linkedin.com/in/noor-haddad-2b/' })).toEqual({ ok: true, by: 'profile address' });
  });

  it('refuses another address even when the names agree', () => {
    expect(matchConversation(noor, { participantName: 'Noor Haddad', participantProfileUrl: 'https://www.linkedin.com/in/noor-haddad-99/' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not with Noor Haddad. Nothing was recorded/),
    });
  });

  it('falls back to the name for member-id links and for people saved from other sites', () => {
    const memberId = 'https://www.linkedin.com/in/ACoAABcdEfGhIjKlMnOpQrStUvWxYz012345/';
    expect(matchConversation(noor, { participantName: 'Noor Haddad, PhD 🌱', participantProfileUrl: memberId })).toEqual({ ok: true, by: 'name' });
    const fromSite = makePerson({ profileUrl: 'https://noor.example/about', profile: { name: 'Nóor  Haddad' } });
    expect(matchConversation(fromSite, { participantName: 'Noor Haddad', participantProfileUrl: 'https://www.linkedin.com/in/noor-haddad-2b/' })).toEqual({ ok: true, by: 'name' });
    expect(matchConversation(fromSite, { participantName: 'Tomasz Wren' })).toMatchObject({ ok: false, reason: expect.stringMatching(/with Tomasz Wren, not with Nóor/) });
  });

  it('normalises names for comparison', () => {
    expect(nameForMatching('Zoë  Ørsted-Łukasz (she/her), MBA')).toBe('zoe orsted lukasz');
  });
});

describe('shownTimeToInstant', () => {
  // Thursday 2025-12-04 15:00 in Berlin.
  const now = new Date('2025-12-04T14:00:00.000Z');
  const BERLIN = 'Europe/Berlin';

  it.each([
    ['Today 9:14 AM', '2025-12-04T08:14:00.000Z'],
    ['Tuesday 8:45 AM', '2025-12-02T07:45:00.000Z'],
    ['Thursday 8:45 AM', '2025-11-27T07:45:00.000Z'],
    ['Yesterday 18:02', '2025-12-03T17:02:00.000Z'],
    ['Nov 28 6:02 PM', '2025-11-28T17:02:00.000Z'],
    ['Dec 12 12:30 AM', '2024-12-11T23:30:00.000Z'],
    ['Nov 28, 2023 6:02 PM', '2023-11-28T17:02:00.000Z'],
    ['28 Nov', '2025-11-28T11:00:00.000Z'],
    ['6:02 PM', '2025-12-04T14:00:00.000Z'],
    ['2025-11-28T17:02:00.000Z', '2025-11-28T17:02:00.000Z'],
  ])('"%s" → %s', (shown, expected) => {
    expect(shownTimeToInstant(shown, now, BERLIN)).toBe(expected);
  });

  it.each(['', 'Dienstag 08:45', 'Feb 30', '25:00'])('"%s" is not recognised', (shown) => {
    expect(shownTimeToInstant(shown, now, BERLIN)).toBeNull();
  });
});
