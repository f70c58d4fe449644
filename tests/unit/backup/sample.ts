// An invented, complete data set: every store, every kind of record, text that needs escaping in
// JSON and CSV (quotes, commas, line breaks, accents, emoji, formula-looking cells).
import type { BackupContents } from '../../../utils/backup/backup-format';
import { defaultPreferences } from '../../../utils/schema/preferences';
import {
  T0,
  makeActionItem,
  makeDraft,
  makeEvent,
  makeGoal,
  makeMeeting,
  makePageSection,
  makePerson,
  makeReflection,
  makeSnapshot,
  makeStatusEvent,
  makeTemplate,
  plus,
} from '../builders';

export function sampleContents(): BackupContents {
  const ada = makePerson({
    id: 'li:ada-example',
    profileUrl: 'https://www.linkedin.com/in/ada-example/',
    status: 'meeting-scheduled',
    notes: 'Met at "Platform Day", Berlin.\nAsked about staff roles; she said: yes, happy to talk.',
    tags: ['platform', 'Berlin'],
    otherUrls: ['https://ada.example.org'],
    showPhoto: true,
    lastActivityAt: plus(T0, 12),
    updatedAt: plus(T0, 12),
    profile: {
      source: 'linkedin',
      name: 'Ada Example',
      headline: '=HYPERLINK("https://evil.example") Staff engineer',
      about: 'Builds teams. 🚀',
      experience: [{ title: 'Staff engineer', company: 'Examplecorp', location: 'Berlin', start: 'Jan 2020', end: 'Present', description: 'Platform.' }],
      education: [{ school: 'Example University', degree: 'MSc', field: 'Computer science', start: '2010', end: '2012' }],
      skills: ['Go', 'Kubernetes'],
      photoUrl: 'https://media.example.org/ada.jpg',
    },
  });
  const zoe = makePerson({
    id: 'p:zoe',
    profileUrl: 'https://zoe.example.net/about',
    status: 'sent',
    notes: '-5 points for late reply? @later',
    tags: ['design'],
    lastActivityAt: plus(T0, 3),
    profile: { source: 'web', name: 'Zoë Müller-Łukasiewicz', headline: 'Design lead, "Studio Sol"', company: 'Studio Sol', location: 'Lisboa' },
  });
  const hand = makePerson({ id: 'p:hand', status: 'saved', profile: { name: 'Kofi Mensah', company: 'Tiny Bank', location: '' } });

  const adaSnap = makeSnapshot(ada.id, { sourceUrl: 'https://de.linkedin.com/in/ada-example?trk=x', profile: ada.profile });
  const zoeSnap = makeSnapshot(zoe.id, { sourceUrl: 'https://zoe.example.net/about', profile: zoe.profile });
  const template = makeTemplate({ id: 't:short', name: 'Short, specific', channel: 'message', body: 'Hi {firstName},\nI admire {fact}.' });
  const draft = makeDraft(ada.id, { templateId: template.id, text: 'Hi Ada,\n"quoted", with commas; and semicolons', history: [{ at: T0, subject: '', text: 'first try' }] });
  const meeting = makeMeeting(ada.id, {
    startsAt: plus(T0, 20),
    questions: ['How did you pick your first staff project?'],
    actionItems: [makeActionItem({ text: 'Send the RFC', due: '2026-03-30' }), makeActionItem({ text: 'Read "Team Topologies"', done: true })],
    expectations: { frequency: 'monthly', channel: 'video' },
  });

  const staffGoal = makeGoal({
    id: 'goal:first',
    createdAt: plus(T0, -40),
    updatedAt: plus(T0, -10),
    goals: { summary: 'Grow into a staff role', reasons: ['career-advancement'], helpWanted: 'Scoping big projects', ask: { format: 'call', minutes: 30, frequency: 'monthly' }, me: { name: 'Sam', intro: 'Backend developer' } },
  });

  return {
    people: [ada, zoe, hand],
    snapshots: [adaSnap, zoeSnap],
    pageSections: [makePageSection(adaSnap, { kind: 'html', content: '<section><h1>Ada</h1><p>Builds teams &amp; tools.</p></section>' }), makePageSection(zoeSnap)],
    events: [
      makeEvent(ada.id, 'saved', T0),
      // Her personal site was saved separately and merged into her: the event names its address.
      makeEvent(ada.id, 'merged', plus(T0, 0, 2), { text: 'Merged with the record of Ada Example (https://ada.example.org).' }),
      makeEvent(ada.id, 'sent', plus(T0, 1), { channel: 'message', draftId: draft.id, templateId: template.id }),
      makeStatusEvent(ada.id, 'drafted', 'sent', plus(T0, 1)),
      makeEvent(ada.id, 'reply', plus(T0, 4), { text: 'Happy to talk!\nNext week?' }),
      makeEvent(ada.id, 'meeting', plus(T0, 12), { meetingId: meeting.id }),
      makeEvent(zoe.id, 'saved', T0),
      makeEvent(zoe.id, 'sent', plus(T0, 3), { channel: 'email' }),
      makeEvent(hand.id, 'saved', T0),
    ],
    drafts: [draft],
    meetings: [meeting],
    templates: [template],
    reflections: [
      makeReflection(ada.id, plus(T0, 13), {
        id: 'r-ada-1',
        promptKey: `meeting:${meeting.id}`,
        meetingId: meeting.id,
        progress: 4,
        working: 'yes',
        why: 'She asks "why" a lot, which helps.',
        changes: ['sharper-questions'],
        changeNote: '=Bring the promo packet, draft 2',
        goalId: staffGoal.id,
      }),
      { id: 'r-zoe-skip', personId: zoe.id, promptKey: 'rhythm:2026-04-01', kind: 'skipped', at: plus(T0, 20) },
    ],
    goals: [staffGoal, { ...makeGoal({ id: 'goal:speaking', position: 1, goals: { summary: 'Speak at a conference' } }) }],
    goalVersions: [
      { id: 'gv-1', goalId: staffGoal.id, goals: { ...staffGoal.goals, summary: 'Grow into a senior role' }, from: plus(T0, -40), until: plus(T0, -10) },
    ],
    settings: {
      preferences: { ...defaultPreferences(), lastExportAt: plus(T0, -30) },
    },
  };
}
