// The goals drafts are read against: the developers' five from ../shared/notes/draft-rubric.md, as
// written there (mentee names and introductions included), then two of our own. Shared by the
// corpus test and the script that makes drafts for a blind reading.
import { goalsSchema, type Goals } from '../../utils/schema/goals';

/** The rubric's five goal sets, as written there, then two of ours. */
export const READING_GOALS: Array<{ id: string; goals: Goals }> = [
  ['rubric-1', { summary: 'switch from teaching into UX research', helpWanted: 'how you made the move and what to learn first', ask: { format: 'call', minutes: 15 }, me: { name: 'Priya', intro: 'secondary-school science teacher learning UX research' } }],
  ['rubric-2', { summary: 'get better at giving technical talks', helpWanted: 'feedback on a talk proposal', ask: { format: 'email' } }],
  ['rubric-3', { summary: 'grow into a staff engineer role', helpWanted: 'what changed in your work when you became staff', ask: { format: 'call', minutes: 30, frequency: 'monthly' }, me: { name: 'Lee', intro: '' } }],
  ['rubric-4', { summary: 'start a career in data science after a PhD in biology', helpWanted: 'which projects to build first', ask: { format: 'message' } }],
  ['rubric-5', { summary: 'become a better first-time founder', helpWanted: 'how you found your first customers', ask: { format: 'call', minutes: 20 } }],
  ['own-1', { summary: 'move from backend engineering into engineering management', helpWanted: 'advice on leading a team for the first time', ask: { format: 'call', minutes: 20 }, me: { name: 'Sam', intro: 'backend engineer at a logistics start-up' } }],
  ['own-2', { summary: 'learn to build accessible web interfaces', helpWanted: 'which habits made your front-end work accessible', ask: { format: 'message' }, me: { name: 'Ana', intro: 'a junior developer at a small agency' } }],
].map(([id, goals]) => ({ id: id as string, goals: goalsSchema.parse(goals) }));

/** What a mentee might write as their own reason when the profile holds nothing for the goal. */
export const SAMPLE_REASON = 'a colleague told me you give thoughtful advice to people starting out';

