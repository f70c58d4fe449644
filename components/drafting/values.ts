import { draftValues } from '../../utils/drafting/compose';
import type { Fact } from '../../utils/drafting/facts';
import { renderTemplate, type RenderResult, type TemplateValues, type TemplateVariable } from '../../utils/drafting/templates';
import type { Template } from '../../utils/schema/draft';
import type { Goals } from '../../utils/schema/goals';
import type { ProfileDraft } from '../../utils/schema/profile';

/**
 * Variables that may be empty without an error, as compose.ts treats them: the built-in templates
 * simply leave out the intro, the help sentence and the sign-off name when the mentee has none.
 */
export const OPTIONAL_VARIABLES: readonly TemplateVariable[] = ['myIntro', 'help', 'myName'];

/** Only the person's side: what a template can be filled with before the mentee has stated goals. */
const PERSON_VARIABLES: readonly TemplateVariable[] = ['firstName', 'fullName', 'company', 'role', 'admiration'];

// draftValues needs goals; without them we hand it empty ones and keep only the person's side, so no
// goal, ask or name is ever made up for the mentee. Their {goal} and {ask} stay visible and reported.
const NO_GOALS: Goals = { summary: '', reasons: [], helpWanted: '', ask: { format: 'message' } };

/** The template values for this person and these facts/own words; without goals, the person's side only. */
export function valuesFor(profile: ProfileDraft, goals: Goals | null, chosen: readonly Fact[], admiration = ''): TemplateValues {
  const all = draftValues(profile, goals ?? NO_GOALS, chosen, admiration);
  if (goals) return all;
  return Object.fromEntries(PERSON_VARIABLES.map((v) => [v, all[v] ?? ''])) as TemplateValues;
}

/** A template filled for a person, its problems naming every unknown or unfilled variable. */
export function renderFor(
  template: Pick<Template, 'body' | 'subject'>,
  profile: ProfileDraft,
  goals: Goals | null,
  chosen: readonly Fact[],
  admiration = '',
): RenderResult {
  return renderTemplate(template, valuesFor(profile, goals, chosen, admiration), { optional: OPTIONAL_VARIABLES });
}
