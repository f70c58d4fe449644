// Logging what happened with a person ("I sent it", "they replied", "we met", a note) as timeline
// events, and moving the status along when the interaction proves it. Logging a reply to someone
// still marked "Request sent" should not leave the mentee to fix the status by hand.
import type { Channel } from '../schema/channel';
import type { TimelineEvent } from '../schema/event';
import type { Person } from '../schema/person';
import type { Status } from '../schema/status';
import { newId } from '../db/ids';

export type InteractionType = 'sent' | 'reply' | 'follow-up' | 'meeting' | 'note';

export interface InteractionInput {
  type: InteractionType;
  /** When it happened (may be in the past). An ISO instant. */
  at: string;
  /** When the record is written; defaults to `at`. Becomes the person's `updatedAt`. */
  now?: string;
  channel?: Channel;
  /** The draft that was sent (for "sent"): lets stats compare wordings. */
  draftId?: string;
  /** The template the sent draft came from (for "sent"): stats group reply rates by it. */
  templateId?: string;
  /** The meeting (for "meeting"). */
  meetingId?: string;
  /** The reply's text, or the mentee's note. */
  text?: string;
  /** Ids for the events; fresh ones when omitted. */
  newId?: () => string;
}

/**
 * Which status an interaction proves, and from which statuses it moves the person there. These
 * skip steps of the graph in status.ts on purpose: a meeting logged for someone marked "sent"
 * means they replied and agreed, so "Meeting scheduled" is right and the steps between are noise.
 * Statuses further along (e.g. "mentoring" when another meeting is logged) are left alone.
 */
const IMPLIED_STATUS: Partial<Record<InteractionType, { to: Status; from: readonly Status[] }>> = {
  sent: { to: 'sent', from: ['saved', 'drafted', 'no-reply', 'declined'] },
  reply: { to: 'replied', from: ['saved', 'drafted', 'sent', 'no-reply'] },
  meeting: { to: 'meeting-scheduled', from: ['saved', 'drafted', 'sent', 'no-reply', 'replied'] },
};

export interface InteractionResult {
  person: Person;
  /** The interaction event, then the status event when the status moved. Store all in one transaction. */
  events: TimelineEvent[];
}

/** Records an interaction: its event, a status event when it moves the status, and the activity time. */
export function logInteraction(person: Person, input: InteractionInput): InteractionResult {
  const makeId = input.newId ?? (() => newId('ev'));
  const interaction: TimelineEvent = {
    id: makeId(),
    personId: person.id,
    type: input.type,
    at: input.at,
    ...(input.channel ? { channel: input.channel } : {}),
    ...(input.draftId ? { draftId: input.draftId } : {}),
    ...(input.templateId ? { templateId: input.templateId } : {}),
    ...(input.meetingId ? { meetingId: input.meetingId } : {}),
    ...(input.text ? { text: input.text } : {}),
  };
  const events = [interaction];
  let status = person.status;
  const implied = IMPLIED_STATUS[input.type];
  if (implied && implied.from.includes(person.status)) {
    status = implied.to;
    events.push({
      id: makeId(),
      personId: person.id,
      type: 'status',
      at: input.at,
      from: person.status,
      to: implied.to,
      ...(input.channel ? { channel: input.channel } : {}),
    });
  }
  const lastActivityAt = Date.parse(input.at) > Date.parse(person.lastActivityAt) ? input.at : person.lastActivityAt;
  return { person: { ...person, status, updatedAt: input.now ?? input.at, lastActivityAt }, events };
}
