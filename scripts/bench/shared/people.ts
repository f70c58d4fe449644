// Ten thousand invented people, the same on every run: a seeded generator over small word lists
// (no real person's data). Used in the browser (bundled into the store page, which writes them
// through the app's own database functions) and in Node (to choose search keystrokes that change
// the list). Each person looks like a LinkedIn capture: headline, about, a few jobs, a school,
// skills, sometimes notes; each has EVENTS_PER_PERSON timeline events.
import { makeEvent, makePerson, plus, seededRandom, T0 } from '../../../tests/unit/builders';
import { canonicalProfileUrl } from '../../../utils/extract/profile-url';
import { personIdFor } from '../../../utils/db/ids';
import type { TimelineEvent } from '../../../utils/schema/event';
import type { Goals } from '../../../utils/schema/goals';
import type { Person } from '../../../utils/schema/person';
import type { Status } from '../../../utils/schema/status';

export const PEOPLE_COUNT = 10_000;
export const EVENTS_PER_PERSON = 5;
const SEED = 0x5eed_2026;

/** Goals, so the side panel shows the list (it asks for goals first otherwise) and scores fit. */
export const BENCH_GOALS: Goals = {
  summary: 'Grow from senior engineer into an engineering manager role within a year',
  reasons: ['career-advancement', 'new-skill'],
  helpWanted: 'How to run one-to-ones, hiring loops and planning for a team of six',
  ask: { format: 'call', minutes: 20, frequency: 'once' },
  me: { name: 'Bench Mentee', intro: 'Backend engineer working on payments' },
};

const FIRST = [
  'Ada', 'Amara', 'Anton', 'Beatriz', 'Chen', 'Dalia', 'Dmitri', 'Elif', 'Émile', 'Farah', 'Gustav', 'Hana', 'Ines', 'Inês', 'Jonas',
  'José', 'Kaito', 'Kemal', 'Lena', 'Łukasz', 'Maya', 'Mateus', 'Nadia', 'Nikhil', 'Noor', 'Olu', 'Priya', 'Rafael', 'Rania', 'Sami',
  'Sofia', 'Søren', 'Tariq', 'Thandi', 'Umar', 'Valentina', 'Wen', 'Yara', 'Yusuf', 'Zoë',
];
const LAST = [
  'Abernathy', 'Achterberg', 'Bergström', 'Castellanos', 'Dvořák', 'Eriksen', 'Fairweather', 'Fontaine', 'Grünwald', 'Haddad', 'Ibarra',
  'Jovanović', 'Kowalczyk', 'Lindqvist', 'Mbeki', 'Moreau', 'Nakamura', 'Okonkwo', 'Oyelaran', 'Petrov', 'Quintero', 'Rahman', 'Rossi',
  'Sandoval', 'Takahashi', 'Tanaka', 'Umarov', 'Valdés', 'Whitcombe', 'Xu', 'Yilmaz', 'Zieliński',
];
const COMPANIES = [
  'Northwind Labs', 'Brightpath Health', 'Quillstone', 'Harbor & Finch', 'Veloxa', 'Tidewater Analytics', 'Cobaltline', 'Fernhill Bank',
  'Lumen Grid', 'Orchard Systems', 'Pinecrest Robotics', 'Redwater Games', 'Saltmarsh Energy', 'Tallyho Logistics', 'Umbra Security',
  'Vantage Commons', 'Wildflower Media', 'Yellowfin Payments', 'Zephyr Mobility', 'Kestrel Cloud',
];
const TITLES = [
  'Engineering Manager', 'Staff Software Engineer', 'Director of Engineering', 'Principal Engineer', 'VP Engineering', 'Product Manager',
  'Head of Platform', 'Senior Data Scientist', 'Tech Lead', 'CTO', 'Design Lead', 'Site Reliability Engineer',
];
const TOPICS = ['payments', 'platform', 'infrastructure', 'machine learning', 'mobile', 'developer experience', 'security', 'data', 'search', 'growth'];
const CITIES = ['Berlin', 'Lisbon', 'Toronto', 'Nairobi', 'São Paulo', 'Bangalore', 'Stockholm', 'Austin', 'Singapore', 'Warsaw', 'Lagos', 'Melbourne'];
const SCHOOLS = ['Technical University of Ostrava', 'Lakeside Polytechnic', 'University of Westmarch', 'Eastbridge College', 'Institute of Rivermoor'];
const SKILLS = ['Go', 'Kubernetes', 'Leadership', 'Hiring', 'TypeScript', 'Distributed Systems', 'Mentoring', 'Python', 'Product Strategy', 'SQL', 'Rust', 'Coaching'];
const FINAL: Status[] = ['drafted', 'sent', 'sent', 'replied', 'no-reply', 'declined', 'meeting-scheduled', 'mentoring'];

const DAY = 86_400_000;

export interface GeneratedData {
  people: Person[];
  events: TimelineEvent[];
}

/** The generated people and their events. Deterministic: same arguments, same records. */
export function generatePeople(count = PEOPLE_COUNT, eventsPerPerson = EVENTS_PER_PERSON): GeneratedData {
  const random = seededRandom(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const people: Person[] = [];
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const name = `${first} ${last}`;
    const company = pick(COMPANIES);
    const title = pick(TITLES);
    const topic = pick(TOPICS);
    const city = pick(CITIES);
    const slug = `${first}-${last}-${i.toString(36)}`
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9-]/gi, '')
      .toLowerCase();
    const profileUrl = canonicalProfileUrl(`https://www.linkedin.com/in/${slug}/`)!;
    const createdAt = new Date(Date.parse(T0) - Math.floor(random() * 730) * DAY).toISOString();
    const status = pick(FINAL);
    const id = personIdFor(profileUrl);
    const at = (k: number) => plus(createdAt, k * 2, k);
    const lastActivityAt = at(eventsPerPerson - 1);
    people.push(
      makePerson({
        id,
        profileUrl,
        status,
        notes: random() < 0.3 ? `Met at a ${topic} meetup in ${city}. Ask about moving from IC to manager.` : '',
        tags: random() < 0.2 ? [topic] : [],
        createdAt,
        updatedAt: lastActivityAt,
        lastActivityAt,
        profile: {
          name,
          headline: `${title} at ${company} · ${topic} · mentor`,
          company,
          location: `${city}`,
          source: 'linkedin',
          about: `I lead ${topic} teams at ${company}. Before that I spent years as an engineer in ${city}, and I enjoy helping people grow into their first lead role. Ask me about hiring, one-to-ones and ${topic}.`,
          experience: [0, 1, 2].map((k) => ({
            title: k === 0 ? title : pick(TITLES),
            company: k === 0 ? company : pick(COMPANIES),
            location: pick(CITIES),
            start: `${2024 - 3 * k - 3}`,
            end: k === 0 ? 'Present' : `${2024 - 3 * k}`,
            description: `Led ${pick(TOPICS)} work across three teams; grew the group from 4 to 15 people.`,
          })),
          education: [{ school: pick(SCHOOLS), degree: 'MSc', field: 'Computer Science', start: '2008', end: '2010' }],
          skills: [pick(SKILLS), pick(SKILLS), pick(SKILLS), pick(SKILLS), pick(SKILLS)],
        },
      }),
    );
    for (let k = 0; k < eventsPerPerson; k++) {
      const eventId = `ev:bench-${i}-${k}`;
      if (k === 0) events.push(makeEvent(id, 'saved', at(k), { id: eventId }));
      else if (k === eventsPerPerson - 1) events.push(makeEvent(id, 'status', at(k), { id: eventId, from: 'drafted', to: status }));
      else if (k === 2) events.push(makeEvent(id, 'status', at(k), { id: eventId, from: 'saved', to: 'drafted' }));
      else events.push(makeEvent(id, 'note', at(k), { id: eventId, text: `Read their post on ${pick(TOPICS)}.` }));
    }
  }
  return { people, events };
}
