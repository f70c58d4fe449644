import { describe, expect, it } from 'vitest';
import { defaultFactIds, extractFacts, factsById, goalTerms, type Fact } from '../../../utils/drafting/facts';
import { mentionsPhrase, words } from '../../../utils/drafting/text';
import type { ProfileDraft } from '../../../utils/schema/profile';
import { ALL_GOALS, DESIGN_GOALS, loadProfile, MANAGEMENT_GOALS, profile, role } from './helpers';

const FIXTURE_NAMES = ['engineering-manager', 'headline-only', 'name-only', 'generic-title-only', 'personal-site', 'long-fields', 'extract-output'];

/** The connecting words facts.ts adds around the profile's own words, and the pronoun swap (I → you). */
const CONNECTING = new Set('your you you re ve are were yours yourself role as at time work with studies in how focus on interest a an'.split(' '));

/** Every word of a fact's text that is not a connecting word appears in the profile. */
function expectTraceable(fact: Fact, person: ProfileDraft) {
  const profileWords = new Set(words(JSON.stringify(person)));
  const invented = words(fact.text).filter((w) => !CONNECTING.has(w) && !profileWords.has(w));
  expect(invented, `${fact.id}: "${fact.text}"`).toEqual([]);
  const sourceWords = words(fact.source).filter((w) => !profileWords.has(w));
  expect(sourceWords, `${fact.id} source "${fact.source}"`).toEqual([]);
  for (const key of fact.keys) expect(words(key).every((w) => profileWords.has(w)), `${fact.id} key "${key}"`).toBe(true);
}

describe('extractFacts', () => {
  it('never invents: every word of every fact, source and key comes from the profile', () => {
    for (const name of FIXTURE_NAMES) {
      const person = loadProfile(name);
      for (const g of [undefined, ...ALL_GOALS]) for (const fact of extractFacts(person, g)) expectTraceable(fact, person);
    }
  });

  it('reads roles, descriptions, About, headline, skills, company and education', () => {
    const facts = extractFacts(loadProfile('engineering-manager'));
    const byId = new Map(facts.map((f) => [f.id, f]));
    expect(byId.get('role:0')).toMatchObject({ kind: 'role', text: 'your role as Engineering Manager, Platform at Acme', short: 'your work at Acme' });
    expect(byId.get('role:1')?.text).toBe('your time as Senior Backend Engineer at Globex Payments');
    expect(facts.find((f) => f.id.startsWith('role:0:'))?.text).toBe('how you grew the platform team from 4 to 18 engineers at Acme');
    expect(byId.get('skill:kubernetes')).toMatchObject({ kind: 'skill', text: 'your work with Kubernetes', keys: ['Kubernetes'] });
    expect(byId.get('education:0')?.text).toBe('your studies in Computer Science at University of Sheffield');
    expect(facts.some((f) => f.kind === 'about' && f.text === 'how you lead the platform engineering group at Acme')).toBe(true);
    expect(byId.get('headline:building-platform-teams')?.text).toBe('your focus on building platform teams');
  });

  it('skips generic skills and roles that only repeat a company already named', () => {
    const ids = extractFacts(loadProfile('engineering-manager')).map((f) => f.id);
    expect(ids).not.toContain('skill:leadership');
    // The headline's "Engineering Manager at Acme" is role:0 again; Acme as a company fact too.
    expect(ids.filter((id) => id.startsWith('headline:'))).toEqual(['headline:building-platform-teams']);
    expect(ids.some((id) => id.startsWith('company:'))).toBe(false);
  });

  it('gives stable ids derived from content', () => {
    const a = extractFacts(loadProfile('engineering-manager'), MANAGEMENT_GOALS).map((f) => f.id).sort();
    const b = extractFacts(loadProfile('engineering-manager'), DESIGN_GOALS).map((f) => f.id).sort();
    expect(a).toEqual(b);
    expect(a).toContain('skill:distributed-systems');
  });

  it('yields no facts for a profile with nothing beyond a name, or only generic words', () => {
    expect(extractFacts(loadProfile('name-only'), MANAGEMENT_GOALS)).toEqual([]);
    expect(extractFacts(loadProfile('generic-title-only'), MANAGEMENT_GOALS)).toEqual([]);
  });

  it('never uses the name as a key', () => {
    const person = profile({ name: 'Jordan Whitfield', company: 'Whitfield', experience: [role('Founder', 'Whitfield')] });
    expect(extractFacts(person)).toEqual([]);
  });

  it('reads a headline-only top card as a role with its company', () => {
    const facts = extractFacts(loadProfile('headline-only'));
    expect(facts[0]).toMatchObject({ kind: 'headline', text: 'your role as Staff Product Designer at Northwind Health', keys: ['Northwind Health'] });
    expect(facts[1]?.text).toBe('your work as an accessibility advocate');
  });

  it('turns first-person About sentences into second-person phrases', () => {
    const facts = extractFacts(loadProfile('personal-site'));
    const texts = facts.map((f) => f.text);
    expect(texts).toContain('how you write about Bayesian statistics and teaching R to first-year students');
    expect(texts).toContain('your interest in open data and reproducible research');
    expect(texts).toContain('your work as a data scientist working on regional climate models');
  });

  it('ranks facts relevant to the goals first', () => {
    const person = profile({
      experience: [role('Staff Engineer', 'Initech'), role('Engineering Manager', 'Hooli', { end: '2019' })],
      skills: ['Rust', 'Team Leadership Coaching'],
    });
    const facts = extractFacts(person, MANAGEMENT_GOALS);
    expect(facts[0]!.id).toBe('role:1');
    expect(facts[0]!.relevance).toBeGreaterThan(0);
    expect(facts.find((f) => f.id === 'skill:rust')!.relevance).toBe(0);
    // Without goals, the current role leads.
    expect(extractFacts(person)[0]!.id).toBe('role:0');
  });

  it('matches goal words by stem: management / manager, leading / leadership', () => {
    const terms = goalTerms(MANAGEMENT_GOALS);
    expect(terms.get('manag')).toBe(1);
    expect(terms.get('lead')).toBe(1);
    // Reason words count half.
    expect(terms.get('promotion'.slice(0, 7))).toBeUndefined();
    expect([...terms.values()]).toContain(0.5);
  });
});

describe('defaultFactIds', () => {
  it('picks the top fact and a second relevant one that names something else', () => {
    const facts = extractFacts(loadProfile('engineering-manager'), MANAGEMENT_GOALS);
    const ids = defaultFactIds(facts);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe('role:0');
    const [first, second] = factsById(facts, ids);
    expect(second!.text).not.toContain('Acme');
    expect(first!.text).toContain('Acme');
  });

  it('picks one fact when nothing is relevant, none when there are none', () => {
    const facts = extractFacts(loadProfile('headline-only'), MANAGEMENT_GOALS);
    expect(defaultFactIds(facts)).toEqual([facts[0]!.id]);
    expect(defaultFactIds([])).toEqual([]);
  });

  it('factsById keeps the given order and skips unknown ids', () => {
    const facts = extractFacts(loadProfile('engineering-manager'));
    expect(factsById(facts, ['skill:go', 'nope', 'role:0']).map((f) => f.id)).toEqual(['skill:go', 'role:0']);
  });
});

describe('fact keys', () => {
  it("are all found in the fact's own wording, and at least one in its short wording", () => {
    for (const name of FIXTURE_NAMES) {
      for (const fact of extractFacts(loadProfile(name))) {
        expect(fact.keys.length).toBeGreaterThan(0);
        for (const key of fact.keys) expect(mentionsPhrase(fact.text, key), `${fact.id} "${key}"`).toBe(true);
        expect(fact.keys.some((k) => mentionsPhrase(fact.short, k)), `${fact.id} short "${fact.short}"`).toBe(true);
      }
    }
  });
});
