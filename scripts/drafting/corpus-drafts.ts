// Drafts for a blind reading: for every saved profile in ../shared/fixtures with more than a name,
// the developers' five rubric goals (../shared/notes/draft-rubric.md) and two of our own, as a
// LinkedIn connection note and an email, the engine's default draft beside the profile's facts and
// the goals. Where no copyable draft is made, a second draft with a reason in the mentee's words
// (as `--reason` would give it) is added, as the rubric asks.
//   npx tsx scripts/drafting/corpus-drafts.ts --out /work/coord/drafts-round-1.json [--profiles cache.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { documentFromHtml } from '../lib/node-dom';
import { corpusAvailable, FIXTURES_DIR, loadCases, readCasePage } from '../../tests/corpus/corpus';
import { defaultDraft } from '../../utils/drafting/compose';
import { extractFacts } from '../../utils/drafting/facts';
import { extractProfile } from '../../utils/extract/index';
import type { Channel } from '../../utils/schema/channel';
import type { ProfileDraft } from '../../utils/schema/profile';
import { resolve } from 'node:path';
import { READING_GOALS, SAMPLE_REASON } from './reading-goals';

const CHANNELS: Channel[] = ['connection-note', 'email'];

function args(): { out: string; profiles?: string } {
  const argv = process.argv.slice(2);
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const out = get('--out');
  if (!out) {
    process.stderr.write('usage: npx tsx scripts/drafting/corpus-drafts.ts --out <file.json> [--profiles <cache.json>]\n');
    process.exit(2);
  }
  return { out, profiles: get('--profiles') };
}

function readProfiles(cache?: string): Array<{ page: string; profile: ProfileDraft }> {
  if (cache) return JSON.parse(readFileSync(cache, 'utf8'));
  if (!corpusAvailable()) throw new Error(`no saved pages at ${FIXTURES_DIR}`);
  const cases = [...loadCases(), ...(JSON.parse(readFileSync(resolve(FIXTURES_DIR, 'cases-2026.json'), 'utf8')).cases as ReturnType<typeof loadCases>)];
  return cases.flatMap((c) => {
    const result = extractProfile(documentFromHtml(readCasePage(c), c.url), c.url);
    return result.found ? [{ page: c.page, profile: result.profile }] : [];
  });
}

const { out, profiles: cache } = args();
const drafts: unknown[] = [];
for (const { page, profile } of readProfiles(cache)) {
  if (extractFacts(profile).length === 0) continue;
  for (const { id, goals } of READING_GOALS) {
    const facts = extractFacts(profile, goals);
    for (const channel of CHANNELS) {
      const draft = defaultDraft(profile, goals, channel, { facts });
      const entry = (reason: string, d: typeof draft) => ({
        id: `${page.replace(/^pages\//, '').replace(/\.html$/, '')}|${id}|${channel}${reason ? '|with-reason' : ''}`,
        page,
        goalId: id,
        channel,
        goals,
        reason: reason || undefined,
        profile: { name: profile.name, headline: profile.headline, company: profile.company, about: profile.about, experience: profile.experience, education: profile.education, skills: profile.skills },
        subject: d.subject || undefined,
        text: d.text,
        copyable: d.copyable,
        checks: d.checks.filter((c) => !c.ok).map((c) => `${c.id}: ${c.message}`),
      });
      drafts.push(entry('', draft));
      if (!draft.copyable) drafts.push(entry(SAMPLE_REASON, defaultDraft(profile, goals, channel, { facts, reason: SAMPLE_REASON })));
    }
  }
}
writeFileSync(out, `${JSON.stringify({ made: new Date().toISOString(), command: `npx tsx scripts/drafting/corpus-drafts.ts --out ${out}`, drafts }, null, 1)}\n`);
process.stdout.write(`${drafts.length} drafts written to ${out}\n`);
