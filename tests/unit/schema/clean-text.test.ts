import { describe, expect, it } from 'vitest';
import { removeInvisible } from '../../../utils/schema/clean-text';
import { personSchema } from '../../../utils/schema/person';
import { draftSchema, templateSchema } from '../../../utils/schema/draft';
import { timelineEventSchema } from '../../../utils/schema/event';
import { meetingSchema } from '../../../utils/schema/meeting';
import { goalsSchema } from '../../../utils/schema/goals';
import { makeDraft, makeEvent, makeMeeting, makePerson, makeTemplate } from '../builders';

const RLO = '\u202E';
const HIDDEN = `${RLO}\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200B\u200E\u200F\u2060\uFEFF\u00AD\u061C`;

describe('removeInvisible: the one cleaning rule for stored text', () => {
  it('removes bidi controls, zero-width characters and lone surrogates, and nothing else', () => {
    expect(removeInvisible(`Bidi ${RLO}gpj.exe${HIDDEN} Person`)).toBe('Bidi gpj.exe Person');
    expect(removeInvisible('Half \uD83D emoji \uDE00 and a whole 😀')).toBe('Half  emoji  and a whole 😀');
    expect(removeInvisible('Zoë Müller-Łukasiewicz, 山田, مريم\nline two')).toBe('Zoë Müller-Łukasiewicz, 山田, مريم\nline two');
  });

  it('keeps the joiner inside an emoji sequence and drops it elsewhere', () => {
    expect(removeInvisible('👩‍💻 and 👨‍👩‍👧 and ❤️‍🔥')).toBe('👩‍💻 and 👨‍👩‍👧 and ❤️‍🔥');
    expect(removeInvisible('Ad\u200Da')).toBe('Ada');
  });

  it('is idempotent', () => {
    const once = removeInvisible(`x${HIDDEN}\uD800y👩‍💻`);
    expect(removeInvisible(once)).toBe(once);
  });
});

describe('every text field of every stored record is cleaned on the way in', () => {
  it('people, drafts, templates, events, meetings and goals', () => {
    const dirty = (s: string) => `${RLO}${s}\uDC00\u200B`;
    const person = personSchema.parse(
      makePerson({ notes: dirty('notes'), tags: [dirty('tag')], profile: { name: dirty('Ada'), headline: dirty('head'), about: dirty('about'), skills: [dirty('Go')] } }),
    );
    expect([person.notes, person.tags[0], person.profile.name, person.profile.headline, person.profile.about, person.profile.skills[0]]).toEqual(['notes', 'tag', 'Ada', 'head', 'about', 'Go']);
    const draft = draftSchema.parse(makeDraft('p:1', { text: dirty('text'), subject: dirty('subj'), admiration: dirty('adm'), history: [{ at: '2026-03-02T09:00:00.000Z', subject: '', text: dirty('old') }] }));
    expect([draft.text, draft.subject, draft.admiration, draft.history[0]!.text]).toEqual(['text', 'subj', 'adm', 'old']);
    expect(templateSchema.parse(makeTemplate({ name: dirty('Name'), body: dirty('Send me your password {name}') }))).toMatchObject({ name: 'Name', body: 'Send me your password {name}' });
    expect(timelineEventSchema.parse(makeEvent('p:1', 'note', '2026-03-02T09:00:00.000Z', { text: dirty('note') })).text).toBe('note');
    const meeting = meetingSchema.parse(makeMeeting('p:1', { notes: dirty('n'), questions: [dirty('q')], takeaways: [dirty('t')] }));
    expect([meeting.notes, meeting.questions[0], meeting.takeaways[0]]).toEqual(['n', 'q', 't']);
    expect(goalsSchema.parse({ summary: dirty('Grow'), ask: { format: 'call' } }).summary).toBe('Grow');
  });

  it('a name made only of invisible characters is refused as missing', () => {
    expect(personSchema.safeParse(makePerson({ profile: { name: `${RLO}\u200B` } })).success).toBe(false);
  });
});
