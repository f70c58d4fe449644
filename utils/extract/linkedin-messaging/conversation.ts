// Reads the conversation open on a LinkedIn messaging page, once, when the mentee clicks "Log reply
// from this conversation". Pure (document, url) → result, injected by
// entrypoints/capture-conversation and run on saved pages by the tests. It never scrolls, clicks or
// loads older messages: it reads what the page already shows. Text comes from textContent only.
// Kept free of zod and React (the injected script bundles it); the receiving side parses the result.
//
// Proof for every selector: tests/fixtures/linkedin-messaging/thread.html (invented, 2024-25 layout).
import { canonicalProfileUrl, isLinkedInUrl, safeHttpUrl } from '../profile-url';
import { blockText, cleanText, textOf } from '../text';
import { nameForMatching } from './match';

/** The open thread (not the conversation list beside it, nor the chat bubbles of the overlay). */
const THREAD = '.msg-thread';
/** The thread header's link to the other person's profile. */
const HEADER_PROFILE_LINK = 'a.msg-thread__link-to-profile';
/** The other person's name in the thread header. */
const HEADER_NAME = '.msg-entity-lockup__entity-title, .msg-title-bar h2';
/** The message list; scoping to it keeps the unsent draft in the message box out. */
const MESSAGE_LIST = '.msg-s-message-list';
/** One row of the list: a day heading and/or one message. */
const LIST_EVENT = 'li.msg-s-message-list__event';
/** A day heading ("Nov 24", "Tuesday", "Today") above the messages of that day. */
const DAY_HEADING = '.msg-s-message-list__time-heading';
/** One message. */
const MESSAGE = '.msg-s-event-listitem';
/**
 * The modifier LinkedIn puts on messages from the other person; its absence marks the viewer's
 * own. When no message carries it (a renamed class), the sender's name decides instead.
 */
const FROM_OTHER_CLASS = 'msg-s-event-listitem--other';
/** Sender name and time, only on the first message of a run from one sender. */
const SENDER_NAME = '.msg-s-message-group__name';
const SENDER_TIME = 'time.msg-s-message-group__timestamp';
/** The message text (not its reactions, attachments' buttons or seen receipts). */
const BODY = '.msg-s-event-listitem__body';

/** Messages kept, newest last: far more than a mentoring thread shows, far less than could hurt. */
export const MAX_MESSAGES = 300;
/** Characters kept per message: the timeline's limit for a reply's text. */
export const MAX_MESSAGE_CHARS = 20_000;
const MAX_NODES_PER_MESSAGE = 5_000;
/** A name or a shown time longer than this is not one; cut so the receiver's schema accepts it. */
const MAX_NAME_CHARS = 300;
const MAX_AT_CHARS = 100;

export interface ConversationMessage {
  fromThem: boolean;
  text: string;
  /**
   * When it was sent: an ISO instant where the page gives a machine-readable `datetime`, otherwise
   * the day heading and time as shown ("Tuesday 8:45 AM"), or "" when the page shows neither.
   */
  at: string;
}

export type ConversationResult =
  | {
      found: true;
      participantName: string;
      /** Canonical profile address of the other person, when the header links to one. */
      participantProfileUrl?: string;
      messages: ConversationMessage[];
    }
  | { found: false; reason: string };

const MESSAGING_THREAD_PATH = /^\/messaging\/thread\/[^/]+/;

function isoFromDatetime(time: Element | null): string | null {
  const value = time?.getAttribute('datetime');
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

export function readConversation(document: Document, url: string): ConversationResult {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { found: false, reason: 'This page has no address Mentor Scout can read.' };
  }
  if (!isLinkedInUrl(url) || !MESSAGING_THREAD_PATH.test(parsed.pathname)) {
    return { found: false, reason: 'This is not a LinkedIn conversation. Open the conversation in LinkedIn messaging, then click again.' };
  }
  const thread = document.querySelector(THREAD);
  if (!thread) return { found: false, reason: 'No conversation is open on this page yet (it may still be loading). Wait for it to show, then click again.' };

  const participantName = cleanText(thread.querySelector(HEADER_NAME)?.textContent).slice(0, MAX_NAME_CHARS);
  if (!participantName) return { found: false, reason: 'The conversation’s header does not say who it is with, so nothing was read.' };
  const link = safeHttpUrl(thread.querySelector(HEADER_PROFILE_LINK)?.getAttribute('href'), url);
  const participantProfileUrl = link ? (canonicalProfileUrl(link) ?? undefined) : undefined;

  const list = thread.querySelector(MESSAGE_LIST);
  if (!list) return { found: false, reason: 'The conversation’s messages have not loaded yet. Wait for them to show, then click again.' };

  interface Read extends ConversationMessage {
    sender: string;
  }
  const read: Read[] = [];
  let day = '';
  let sender = '';
  let time = '';
  let iso: string | null = null;
  const rows = list.querySelectorAll(LIST_EVENT);
  // Newest messages are last; the oldest are dropped when the thread is very long.
  const first = Math.max(0, rows.length - MAX_MESSAGES);
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i]!;
    const heading = textOf(row.querySelector(DAY_HEADING));
    if (heading) day = heading;
    const message = row.querySelector(MESSAGE);
    if (!message) continue;
    // A run of messages from one sender names the sender and the time only on its first message.
    const name = textOf(message.querySelector(SENDER_NAME));
    if (name) sender = name;
    const timeElement = message.querySelector(SENDER_TIME);
    if (timeElement) {
      time = textOf(timeElement);
      iso = isoFromDatetime(timeElement);
    }
    if (i < first) continue;
    const body = message.querySelector(BODY);
    if (!body) continue;
    const { text } = blockText(body, { maxChars: MAX_MESSAGE_CHARS, maxNodes: MAX_NODES_PER_MESSAGE });
    if (!text) continue;
    read.push({
      fromThem: message.classList.contains(FROM_OTHER_CLASS),
      sender,
      text,
      at: (iso ?? [day, time].filter(Boolean).join(' ')).slice(0, MAX_AT_CHARS),
    });
  }

  if (!read.some((m) => m.fromThem)) {
    const them = nameForMatching(participantName);
    for (const message of read) message.fromThem = !!message.sender && nameForMatching(message.sender) === them;
  }
  const otherSenders = new Set(read.filter((m) => m.fromThem && m.sender).map((m) => nameForMatching(m.sender)));
  if (otherSenders.size > 1) {
    return { found: false, reason: 'This is a group conversation. Log the reply by hand, pasting the message from the person you wrote to.' };
  }
  const messages = read.map(({ fromThem, text, at }) => ({ fromThem, text, at }));
  return { found: true, participantName, ...(participantProfileUrl ? { participantProfileUrl } : {}), messages };
}
