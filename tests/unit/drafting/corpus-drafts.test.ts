// The drafting promise on real profiles (../shared/fixtures, read from there, never copied): for
// every saved profile × every goal set of the rubric (../shared/notes/draft-rubric.md) and every
// channel, either the engine ranks a fact relevant and the default draft passes every check,
// `wording` and `link` included; or no copyable draft is made and `link` says what to add. The
// share of each case is printed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../scripts/lib/node-dom';
import { READING_GOALS } from '../../../scripts/drafting/reading-goals';
import { CHANNELS } from '../../../utils/drafting/channels';
import { defaultDraft } from '../../../utils/drafting/compose';
import { extractFacts, isRelevant } from '../../../utils/drafting/facts';
import { extractProfile } from '../../../utils/extract/index';
import type { ProfileDraft } from '../../../utils/schema/profile';
import { corpusAvailable, FIXTURES_DIR, loadCases, readCasePage, type Case } from '../../corpus/corpus';

function savedProfiles(): Array<{ page: string; profile: ProfileDraft }> {
  const later = resolve(FIXTURES_DIR, 'cases-2026.json');
  let cases: Case[] = loadCases();
  try {
    cases = [...cases, ...(JSON.parse(readFileSync(later, 'utf8')) as { cases: Case[] }).cases];
  } catch {
    // cases-2026.json is optional.
  }
  return cases.flatMap((c) => {
    const result = extractProfile(documentFromHtml(readCasePage(c), c.url), c.url);
    return result.found ? [{ page: c.page, profile: result.profile }] : [];
  });
}

describe('default drafts for the saved real profiles and the rubric goals', () => {
  if (!corpusAvailable()) {
    it.skip(`skipped: no saved pages at ${FIXTURES_DIR} (set MENTOR_SCOUT_FIXTURES to point elsewhere)`, () => {});
    return;
  }
  const counts = { relevant: 0, noDraft: 0 };
  afterAll(() => {
    const total = counts.relevant + counts.noDraft;
    const share = (n: number) => `${n}/${total} (${Math.round((100 * n) / Math.max(1, total))} %)`;
    process.stdout.write(`corpus drafts: a relevant fact and every check passing ${share(counts.relevant)}; no copyable draft, asking for the reason ${share(counts.noDraft)}\n`);
  });
  for (const { page, profile } of savedProfiles()) {
    it(`${page}: every channel's default draft passes every check, or asks for the mentee's reason`, () => {
      for (const { id, goals } of READING_GOALS) {
        const facts = extractFacts(profile, goals);
        const relevant = facts.some(isRelevant);
        for (const channel of CHANNELS) {
          const draft = defaultDraft(profile, goals, channel, { facts });
          const where = `${page} / ${id} / ${channel}:\n${draft.subject}\n${draft.text}`;
          if (relevant) {
            expect(draft.checks.filter((c) => !c.ok).map((c) => `${c.id}: ${c.message}`), where).toEqual([]);
            counts.relevant++;
          } else {
            expect(draft.text, where).toBe('');
            const link = draft.checks.find((c) => c.id === 'link')!;
            expect(link.ok, where).toBe(false);
            expect(link.message, where).toMatch(/Add, in your own words, why you are writing/);
            counts.noDraft++;
          }
        }
      }
    });
  }
});
