// Shared by the drafting tests: invented profiles from tests/fixtures/profiles and a few goals.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { goalsSchema, type Goals, type GoalsInput } from '../../../utils/schema/goals';
import { emptyProfile, profileDraftSchema, type ProfileDraft } from '../../../utils/schema/profile';
import type { Channel } from '../../../utils/schema/channel';
import { CHANNELS } from '../../../utils/drafting/channels';
import { defaultDraft } from '../../../utils/drafting/compose';
import { readProfileInput } from '../../../utils/drafting/profile-input';

export const FIXTURES = new URL('../../fixtures/profiles/', import.meta.url);

/** An invented profile by file name (without .json), parsed as the app would. */
export function loadProfile(name: string): ProfileDraft {
  const result = readProfileInput(JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8')));
  if (!result.ok) throw new Error(`${name}.json: ${result.error}`);
  return result.profile;
}

/** A profile built by hand: only the fields a test cares about. */
export function profile(fields: Partial<ProfileDraft>): ProfileDraft {
  return profileDraftSchema.parse({ ...emptyProfile('manual'), name: 'Robin Example', ...fields });
}

export const role = (title: string, company: string, extra: Partial<ProfileDraft['experience'][number]> = {}) => ({
  title,
  company,
  location: '',
  start: '2020',
  end: 'Present',
  description: '',
  ...extra,
});

export function goals(input: Partial<GoalsInput> = {}): Goals {
  return goalsSchema.parse({ ...MANAGEMENT_GOALS_INPUT, ...input });
}

/** The example from the brief, as `goals.json` gives it. */
export const MANAGEMENT_GOALS_INPUT: GoalsInput = {
  summary: 'move from backend engineering into engineering management',
  reasons: ['career-advancement'],
  helpWanted: 'advice on leading a team for the first time',
  ask: { format: 'call', minutes: 20 },
};
export const MANAGEMENT_GOALS: Goals = goalsSchema.parse(MANAGEMENT_GOALS_INPUT);

/** Goals unlike the first: a designer, message format, a long name and an intro. */
export const DESIGN_GOALS: Goals = goalsSchema.parse({
  summary: 'I want to become a better product designer',
  reasons: ['new-skill'],
  helpWanted: '',
  ask: { format: 'message' },
  me: { name: 'Alexandra Konstantinopoulou-Smith', intro: 'a junior designer at a small agency in Lisbon' },
});

/** Vague goals with a recurring, longer ask. */
export const GROWTH_GOALS: Goals = goalsSchema.parse({
  summary: 'Career growth',
  reasons: [],
  helpWanted: 'feedback on my portfolio',
  ask: { format: 'meeting', minutes: 45, frequency: 'every other week' },
});

export const ALL_GOALS = [MANAGEMENT_GOALS, DESIGN_GOALS, GROWTH_GOALS];

/**
 * The promise defaultDraft makes: for a profile with at least one fact, the draft for every channel
 * passes every check. Failures are reported with the draft so a miss is readable.
 */
export function expectDefaultDraftsPass(person: ProfileDraft, goalsList: readonly Goals[] = ALL_GOALS, channels: readonly Channel[] = CHANNELS, premium = false): void {
  for (const g of goalsList) {
    for (const channel of channels) {
      const draft = defaultDraft(person, g, channel, { premium });
      const failed = draft.checks.filter((c) => !c.ok).map((c) => `${c.id}: ${c.message}`);
      expect(failed, `${person.name} / ${channel} / "${g.summary}":\n${draft.subject}\n${draft.text}`).toEqual([]);
    }
  }
}
