// Which parts of a person's page come first. A person's page is long (drafting alone is a screen
// or two), so it opens on what comes next for where the outreach stands, and everything else is
// one click away (issue #10: a person in a meeting opened on 1,400 px of drafting above their
// tracking). Pure: the page renders sections in this order and this open/closed state.
import type { Status } from '../../utils/schema/status';

/** The sections of a person's page, each a self-contained component. */
export type PersonSection = 'drafting' | 'outreach' | 'meetings' | 'reflect' | 'notes' | 'profile' | 'manage';

export interface SectionPlan {
  /** Shown open, in this order: what comes next for this status. */
  open: readonly PersonSection[];
  /** Shown closed (a heading with a button to open it), in this order. */
  closed: readonly PersonSection[];
}

const EVERY: readonly PersonSection[] = ['drafting', 'outreach', 'meetings', 'reflect', 'notes', 'profile', 'manage'];

/**
 * - Before a request is sent (saved, drafted): the draft first, then the outreach (the "Mark as
 *   sent" step follows the copy).
 * - While waiting or talking (sent, no reply, replied, declined): the outreach (replies, follow-ups,
 *   timeline) first; once they replied, scheduling a meeting is the likely next step.
 * - Once meetings start (meeting scheduled, mentoring): meetings with their takeaways and action
 *   items first, then the outreach.
 * - Reflect and adjust (issue #13) opens once meetings start, after the meetings and the outreach.
 *   Paused and ended: the outreach first (the status and its Resume), then the reflections.
 * Notes stay open at every stage: they are short and useful at each one.
 */
const OPEN: Readonly<Record<Status, readonly PersonSection[]>> = {
  saved: ['drafting', 'outreach', 'notes'],
  drafted: ['drafting', 'outreach', 'notes'],
  sent: ['outreach', 'notes'],
  'no-reply': ['outreach', 'notes'],
  declined: ['outreach', 'notes'],
  replied: ['outreach', 'meetings', 'notes'],
  'meeting-scheduled': ['meetings', 'outreach', 'reflect', 'notes'],
  mentoring: ['meetings', 'outreach', 'reflect', 'notes'],
  // Paused or ended (issue #13): the outreach first, where the status and its Resume are, then
  // the reflections (the mentorship's record).
  paused: ['outreach', 'reflect', 'notes'],
  ended: ['outreach', 'reflect', 'notes'],
};

export function sectionPlan(status: Status): SectionPlan {
  const open = OPEN[status];
  return { open, closed: EVERY.filter((s) => !open.includes(s)) };
}

export interface SectionLayout {
  /** Every section, in the order the page shows them. */
  order: readonly PersonSection[];
  /** The sections shown open. */
  open: ReadonlySet<PersonSection>;
}

/** The page's layout when it opens at `status`: what comes next first, open; the rest closed. */
export function initialLayout(status: Status): SectionLayout {
  const plan = sectionPlan(status);
  return { order: [...plan.open, ...plan.closed], open: new Set(plan.open) };
}

/**
 * After the status changes while the page is open (the mentee marked the request as sent), the
 * sections the new status opens are opened too, but nothing moves and nothing closes: the page does
 * not jump under the mentee's hand.
 */
export function layoutAfterStatus(layout: SectionLayout, status: Status): SectionLayout {
  const extra = sectionPlan(status).open.filter((s) => !layout.open.has(s));
  return extra.length ? { order: layout.order, open: new Set([...layout.open, ...extra]) } : layout;
}
