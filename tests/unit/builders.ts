// Small builders for invented test data: each returns a complete, schema-valid record with
// defaults, overridden by what the test cares about. Ids are deterministic per test file run
// ("p-1", "ev-2"…); call resetIds() in beforeEach when a test compares ids.
// Everything here is invented; no real person's data.
import type { Draft, Template } from '../../utils/schema/draft';
import type { TimelineEvent } from '../../utils/schema/event';
import type { ActionItem, Meeting } from '../../utils/schema/meeting';
import type { PageSectionRecord, Person, Snapshot } from '../../utils/schema/person';
import { emptyProfile, type ProfileDraft } from '../../utils/schema/profile';
import type { AnsweredReflection } from '../../utils/schema/reflection';
import type { GoalRecord } from '../../utils/schema/goal-record';
import type { Goals } from '../../utils/schema/goals';

let counter = 0;

/** The next id with a prefix: "p-1", "ev-2". */
export function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

export function resetIds(): void {
  counter = 0;
}

/** A fixed instant to build around: 2026-03-02 09:00 UTC (a Monday). */
export const T0 = '2026-03-02T09:00:00.000Z';

/** `base` plus some days (and hours), as an ISO instant. Plain UTC arithmetic: not for DST tests. */
export function plus(base: string, days: number, hours = 0): string {
  return new Date(Date.parse(base) + days * 86_400_000 + hours * 3_600_000).toISOString();
}

export function makeProfile(overrides: Partial<ProfileDraft> = {}): ProfileDraft {
  return { ...emptyProfile('manual'), name: 'Ada Example', headline: 'Engineering manager', company: 'Examplecorp', location: 'Berlin', ...overrides };
}

/**
 * A person. `profileUrl` given at the top level is copied into the profile too, as the app does.
 * Pass `profile` as a partial to change only some profile fields.
 */
export function makePerson(overrides: Partial<Omit<Person, 'profile'>> & { profile?: Partial<ProfileDraft> } = {}): Person {
  const { profile, ...rest } = overrides;
  const createdAt = rest.createdAt ?? T0;
  return {
    id: nextId('p'),
    status: 'saved',
    notes: '',
    tags: [],
    otherUrls: [],
    showPhoto: false,
    createdAt,
    updatedAt: createdAt,
    lastActivityAt: createdAt,
    ...rest,
    profile: makeProfile({ ...(rest.profileUrl ? { profileUrl: rest.profileUrl } : {}), ...profile }),
  };
}

export function makeEvent(personId: string, type: TimelineEvent['type'], at: string, overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id: nextId('ev'), personId, type, at, ...overrides };
}

/** A status event from → to. */
export function makeStatusEvent(personId: string, from: Person['status'], to: Person['status'], at: string): TimelineEvent {
  return makeEvent(personId, 'status', at, { from, to });
}

export function makeActionItem(overrides: Partial<ActionItem> = {}): ActionItem {
  return { id: nextId('ai'), text: 'Read the book she recommended', done: false, ...overrides };
}

export function makeMeeting(personId: string, overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: nextId('m'),
    personId,
    startsAt: '2026-04-01T08:00:00.000Z',
    timeZone: 'Europe/Berlin',
    durationMinutes: 30,
    format: 'video',
    questions: [],
    takeaways: [],
    actionItems: [],
    expectations: { frequency: '', channel: '' },
    notes: '',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeDraft(personId: string, overrides: Partial<Draft> = {}): Draft {
  return {
    id: nextId('d'),
    personId,
    channel: 'message',
    subject: '',
    text: 'Hello, I admire your work on the platform team.',
    factIds: [],
    admiration: '',
    createdAt: T0,
    updatedAt: T0,
    history: [],
    ...overrides,
  };
}

export function makeTemplate(overrides: Partial<Template> = {}): Template {
  return {
    id: nextId('t'),
    name: 'Short and specific',
    channel: 'any',
    subject: '',
    body: 'Hi {firstName}, …',
    builtIn: false,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeSnapshot(personId: string, overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    id: nextId('snap'),
    personId,
    capturedAt: T0,
    sourceUrl: 'https://example.org/about',
    profile: makeProfile(),
    ...overrides,
  };
}

export function makePageSection(snapshot: Pick<Snapshot, 'id' | 'personId'>, overrides: Partial<PageSectionRecord> = {}): PageSectionRecord {
  return { snapshotId: snapshot.id, personId: snapshot.personId, kind: 'text', content: 'About: builds teams.', truncated: false, ...overrides };
}

/** A deterministic pseudo-random generator (mulberry32), for generated cases that must repeat. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An answered reflection (progress 3, "partly"), written at `at`. */
export function makeReflection(personId: string, at: string, overrides: Partial<AnsweredReflection> = {}): AnsweredReflection {
  return {
    id: nextId('r'),
    personId,
    promptKey: `own:${counter}`,
    kind: 'answered',
    at,
    progress: 3,
    working: 'partly',
    why: '',
    changes: [],
    changeNote: '',
    ...overrides,
  };
}

/** A goal record whose current version says `summary`. */
export function makeGoal(overrides: Partial<Omit<GoalRecord, 'goals'>> & { goals?: Partial<Goals> } = {}): GoalRecord {
  const { goals, ...rest } = overrides;
  return {
    id: nextId('g'),
    position: 0,
    createdAt: T0,
    updatedAt: T0,
    ...rest,
    goals: { summary: 'Move into engineering management', reasons: [], helpWanted: '', ask: { format: 'call', minutes: 20 }, ...goals },
  };
}
