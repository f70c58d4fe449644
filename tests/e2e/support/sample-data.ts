// Invented people (no real person's data) at each stage of the outreach, with goals, a timeline
// and a meeting: what the accessibility, scrolling and screenshot runs open each view on. Written
// raw into the extension's IndexedDB from one of its pages, as a backup import would leave it.
import type { Page } from 'puppeteer-core';

const DAY = 86_400_000;

export const GOALS = {
  summary: 'move from backend engineering into engineering management',
  reasons: ['career-advancement', 'new-skill'],
  helpWanted: 'advice on leading a team for the first time',
  ask: { format: 'call', minutes: 20, frequency: 'once' },
  me: { name: 'Sam Reyes', intro: 'backend engineer at a logistics start-up' },
};

interface Seeded {
  id: string;
  name: string;
  status: string;
}

/** One person per stage: id, name and status (the ids are what `#person=` takes). */
export const SAMPLE_PEOPLE: Seeded[] = [
  { id: 'li:noor-valdes-sample', name: 'Noor Valdes', status: 'saved' },
  { id: 'li:ines-okoro-sample', name: 'Ines Okoro', status: 'sent' },
  { id: 'li:tomas-lindqvist-sample', name: 'Tomás Lindqvist', status: 'replied' },
  { id: 'li:priya-anand-sample', name: 'Priya Anand', status: 'mentoring' },
  { id: 'web:https://hana-mori.example/', name: 'Hana Mori', status: 'drafted' },
];

function profile(name: string, slug: string, headline: string, company: string) {
  return {
    name,
    headline,
    location: 'Rotterdam, Netherlands',
    company,
    about: `${name.split(' ')[0]} has led platform and product engineering teams for a decade and writes about growing new managers.`,
    experience: [
      { title: headline.split(' at ')[0], company, location: 'Rotterdam', start: 'Mar 2021', end: 'Present', description: '' },
      { title: 'Engineering Manager, Payments Infrastructure', company: 'Harbourline', location: 'Amsterdam', start: 'Jan 2017', end: 'Feb 2021', description: '' },
      { title: 'Senior Backend Engineer', company: 'Parcelwise Logistics', location: 'Utrecht', start: 'Sep 2012', end: 'Dec 2016', description: '' },
    ],
    education: [{ school: 'Delft University of Technology', degree: 'MSc', field: 'Computer Science', start: '2008', end: '2010' }],
    skills: ['Engineering management', 'Distributed systems', 'Mentoring', 'Hiring'],
    photoUrl: '',
    profileUrl: slug.startsWith('http') ? slug : `https://www.linkedin.com/in/${slug}/`,
    source: slug.startsWith('http') ? 'web' : 'linkedin',
    notices: [],
  };
}

/** Goals, five people at different stages, their timelines, and one meeting with action items. */
export function sampleRecords(now = Date.now()) {
  const at = (days: number, hours = 0) => new Date(now - days * DAY - hours * 3_600_000).toISOString();
  const person = (seed: Seeded, slug: string, headline: string, company: string, savedDaysAgo: number, activeDaysAgo: number) => ({
    id: seed.id,
    profileUrl: profile(seed.name, slug, headline, company).profileUrl,
    profile: profile(seed.name, slug, headline, company),
    status: seed.status,
    notes: seed.status === 'mentoring' ? 'Introduced by Alex at the platform meetup. Prefers short agendas.' : '',
    tags: [],
    otherUrls: [],
    showPhoto: false,
    createdAt: at(savedDaysAgo),
    updatedAt: at(activeDaysAgo),
    lastActivityAt: at(activeDaysAgo),
  });
  const [noor, ines, tomas, priya, hana] = SAMPLE_PEOPLE as [Seeded, Seeded, Seeded, Seeded, Seeded];
  const people = [
    person(noor, 'noor-valdes-sample', 'Head of Platform at Ridgeway Labs', 'Ridgeway Labs', 1, 1),
    person(ines, 'ines-okoro-sample', 'VP Engineering at Kestrel Health', 'Kestrel Health', 12, 9),
    person(tomas, 'tomas-lindqvist-sample', 'Director of Engineering at Fjordline', 'Fjordline', 20, 2),
    person(priya, 'priya-anand-sample', 'Engineering Manager at Lumen Freight', 'Lumen Freight', 40, 3),
    person(hana, 'https://hana-mori.example/', 'Staff Engineer at Northwind Robotics', 'Northwind Robotics', 3, 2),
  ];
  const ev = (id: string, personId: string, type: string, days: number, extra: Record<string, unknown> = {}) => ({ id: `ev:${id}`, personId, type, at: at(days), ...extra });
  const events = [
    ev('noor-saved', noor.id, 'saved', 1),
    ev('hana-saved', hana.id, 'saved', 3),
    ev('hana-drafted', hana.id, 'status', 2, { from: 'saved', to: 'drafted' }),
    ev('ines-saved', ines.id, 'saved', 12),
    ev('ines-sent', ines.id, 'sent', 9, { channel: 'connection-note' }),
    ev('ines-status', ines.id, 'status', 9, { from: 'saved', to: 'sent' }),
    ev('tomas-saved', tomas.id, 'saved', 20),
    ev('tomas-sent', tomas.id, 'sent', 15, { channel: 'message' }),
    ev('tomas-status-sent', tomas.id, 'status', 15, { from: 'saved', to: 'sent' }),
    ev('tomas-reply', tomas.id, 'reply', 2, { channel: 'message', text: 'Happy to help — how about a short call next week?' }),
    ev('tomas-status-replied', tomas.id, 'status', 2, { from: 'sent', to: 'replied' }),
    ev('priya-saved', priya.id, 'saved', 40),
    ev('priya-sent', priya.id, 'sent', 35, { channel: 'email' }),
    ev('priya-status-sent', priya.id, 'status', 35, { from: 'saved', to: 'sent' }),
    ev('priya-reply', priya.id, 'reply', 30, { channel: 'email', text: 'Yes, gladly. Let us meet every other week.' }),
    ev('priya-status-replied', priya.id, 'status', 30, { from: 'sent', to: 'replied' }),
    ev('priya-meeting', priya.id, 'meeting', 10, { meetingId: 'mt:priya-first' }),
    ev('priya-status-meeting', priya.id, 'status', 10, { from: 'replied', to: 'meeting-scheduled' }),
    ev('priya-status-mentoring', priya.id, 'status', 3, { from: 'meeting-scheduled', to: 'mentoring' }),
  ];
  const day = (days: number) => new Date(now + days * DAY).toISOString().slice(0, 10);
  const meetings = [
    {
      id: 'mt:priya-first',
      personId: priya.id,
      // Three days ago at 10:00 in Amsterdam (09:00 UTC in winter): a round time reads better.
      startsAt: new Date(Math.floor((now - 3 * DAY) / DAY) * DAY + 9 * 3_600_000).toISOString(),
      timeZone: 'Europe/Amsterdam',
      durationMinutes: 20,
      format: 'video',
      questions: ['How did you prepare for your first one-to-ones?', 'What did you stop doing as an engineer?'],
      takeaways: ['Block an hour a week for one-to-ones before anything else.', 'Write down decisions, not only discussions.'],
      actionItems: [
        { id: 'ai:priya-1', text: 'Draft a one-to-one template and share it', due: day(4), done: false },
        { id: 'ai:priya-2', text: 'Read “The Manager’s Path”, chapters 1–3', due: day(-1), done: false },
        { id: 'ai:priya-3', text: 'Ask my lead for one team decision to own', done: true },
      ],
      expectations: { frequency: 'every other week', channel: 'video call' },
      notes: '',
      createdAt: at(10),
      updatedAt: at(3),
    },
  ];
  return { people, events, meetings, goals: GOALS };
}

/** Writes the sample records into the extension's database, from an extension page `p`. */
export async function seedSampleData(p: Page, options: { goals?: boolean } = {}): Promise<void> {
  const { people, events, meetings, goals } = sampleRecords();
  await p.evaluate(
    (people, events, meetings, goals) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('mentor-scout');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['people', 'events', 'meetings', 'goals'], 'readwrite');
          for (const person of people) tx.objectStore('people').put(person);
          for (const event of events) tx.objectStore('events').put(event);
          for (const meeting of meetings) tx.objectStore('meetings').put(meeting);
          // The first goal, as the goals form stores it (database version 3).
          const at = new Date().toISOString();
          if (goals) tx.objectStore('goals').put({ id: 'goal:first', position: 0, goals, createdAt: at, updatedAt: at });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    people,
    events,
    meetings,
    options.goals === false ? null : goals,
  );
}
