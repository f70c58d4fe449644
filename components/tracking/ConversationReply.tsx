import { requestLinkedInAccess } from '../../utils/capture/capture-tab';
import { logInteractionFor, undoInteraction } from '../../utils/db/timeline';
import { latestFromThem, matchConversation } from '../../utils/extract/linkedin-messaging/match';
import { shownTimeToInstant } from '../../utils/extract/linkedin-messaging/shown-time';
import type { TimelineEvent } from '../../utils/schema/event';
import type { Person } from '../../utils/schema/person';
import { formatDay, menteeTimeZone } from './format';
import { readOpenConversation } from './read-conversation';
import type { Feedback, Outcome } from './useFeedback';

const SNIPPET = 80;

function snippet(text: string): string {
  return text.length > SNIPPET ? `${text.slice(0, SNIPPET - 1)}…` : text;
}

/**
 * "Log reply from this conversation": on the mentee's click, reads the LinkedIn conversation open
 * in the current tab once and records their latest message as a reply, if the conversation is with
 * this person. Nothing is read before the click, and nothing is sent or changed on LinkedIn.
 */
export function ConversationReply({ person, events, feedback }: { person: Person; events: readonly TimelineEvent[]; feedback: Feedback }) {
  const logFromConversation = async (asked: Promise<boolean>): Promise<Outcome> => {
    if (!(await asked)) {
      return { problem: 'Without permission to read linkedin.com, Mentor Scout cannot read the conversation. Log the reply by hand instead.' };
    }
    const read = await readOpenConversation();
    if (!read.ok) return { problem: read.reason };
    const { conversation } = read;
    const match = matchConversation(person, conversation);
    if (!match.ok) return { problem: match.reason };
    const latest = latestFromThem(conversation.messages);
    if (!latest) return { problem: `${conversation.participantName} has not written in this conversation yet (or their messages have not loaded), so nothing was recorded.` };
    const recorded = events.find((e) => e.type === 'reply' && e.text === latest.text);
    if (recorded) return { problem: `Their latest message is already on the timeline (${formatDay(recorded.at, menteeTimeZone())}), so nothing was added.` };

    const now = new Date();
    const zone = menteeTimeZone();
    const at = shownTimeToInstant(latest.at, now, zone);
    const { events: added } = await logInteractionFor(person.id, { type: 'reply', at: at ?? now.toISOString(), channel: 'message', text: latest.text, now });
    const when = at ? formatDay(at, zone, now) : `today (LinkedIn showed “${latest.at || 'no date'}”, which could not be read as a date)`;
    return {
      message: `Recorded ${conversation.participantName}’s reply of ${when}: “${snippet(latest.text)}”`,
      undo: () => undoInteraction(person.id, added.map((e) => e.id)),
    };
  };

  const onClick = () => {
    // Asked straight from the click: the permission prompt needs the user gesture, which an await
    // would lose. When already granted, this answers at once without a prompt.
    let asked: Promise<boolean>;
    try {
      asked = requestLinkedInAccess();
    } catch {
      asked = Promise.resolve(false);
    }
    void feedback.run(() => logFromConversation(asked));
  };

  return (
    <div className="stack">
      <button type="button" onClick={onClick} disabled={feedback.busy}>
        Log reply from the open LinkedIn conversation
      </button>
      <p className="hint" style={{ marginTop: '0.2em' }}>
        Open your conversation with {person.profile.name} on LinkedIn in this window, then click: Mentor Scout reads it once and records their latest message.
      </p>
    </div>
  );
}
