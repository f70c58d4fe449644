// Facts read once from a profile, phrased as a person says them, ranked by what they mean for the
// goal. Invented profiles only.
import { describe, expect, it } from 'vitest';
import { defaultFactIds, extractFacts, isRelevant } from '../../../utils/drafting/facts';
import { goals, loadProfile, profile, role } from './helpers';

const MANAGEMENT = goals();
const TALKS = goals({ summary: 'get better at giving technical talks', helpWanted: 'feedback on a talk proposal', reasons: [] });

describe('extractFacts', () => {
  it('says roles, moves and skills as a person would, with tenure only from the dates given', () => {
    const dana = loadProfile('engineering-manager');
    const byId = new Map(extractFacts(dana).map((f) => [f.id, f]));
    expect(byId.get('role:0')).toMatchObject({ kind: 'role', text: 'your role as engineering manager at Acme', did: 'have been an engineering manager at Acme since Mar 2021' });
    expect(byId.get('role:1')?.did).toBe('spent six years as a senior backend engineer at Globex Payments');
    expect(byId.get('move:1-0')).toMatchObject({ kind: 'move', did: 'went from senior backend engineer at Globex Payments to engineering manager at Acme' });
    expect(byId.get('skill:distributed-systems')?.text).toBe('your experience with distributed systems');
    // "Leadership" is too generic to show the profile was read.
    expect([...byId.keys()].some((id) => id.includes('leadership'))).toBe(false);
  });

  it('drops legal suffixes, grade lines and pasted Title Case, and keeps names and acronyms', () => {
    const person = profile({
      experience: [role('Co-Founder, CEO', '꩜Quillfeather Ltd.'), role('Sr. Web Designer', 'Bramblecom, Inc.', { start: '2012', end: '2016' })],
      education: [{ school: 'University of Nowhere', degree: 'BSc', field: 'Computer Systems, Pass', start: '2008', end: '2011' }],
      skills: ['Stakeholder Management', 'JavaScript', 'Python Endorsed by 2 colleagues'],
    });
    const texts = extractFacts(person).map((f) => f.did);
    expect(texts).toContain('co-founded Quillfeather');
    expect(texts).toContain('spent four years as a senior web designer at Bramblecom');
    expect(texts).toContain('studied computer systems at the University of Nowhere');
    expect(texts).toContain('list stakeholder management among your skills');
    expect(texts).toContain('list Python among your skills');
    expect(texts.join(' ')).not.toMatch(/Ltd|Inc|Pass|Endorsed/);
  });

  it('tells career moves in the order they happened, never between overlapping roles', () => {
    const person = profile({
      experience: [
        role('Engineering Manager', 'Fernleaf', { start: 'Jan 2020', end: 'Present' }),
        role('Board Member', 'Harbour Trust', { start: '2015', end: 'Present' }),
        role('Software Engineer', 'Fernleaf', { start: 'Mar 2016', end: 'Dec 2019' }),
      ],
    });
    const moves = extractFacts(person).filter((f) => f.kind === 'move');
    expect(moves.map((f) => f.did)).toEqual(['went from software engineer to engineering manager at Fernleaf']);
  });

  it('never calls a programme a company the person founded', () => {
    const person = profile({ experience: [role('Founder Fellow // Member', 'Oakridge Commons', { start: 'Apr 2023' })] });
    expect(extractFacts(person).map((f) => f.did).join(' ')).not.toMatch(/founded/);
  });

  it('uses description and About sentences only as whole first-person or résumé clauses', () => {
    const person = profile({
      about: 'I lead 40 engineers across payments and identity. Passionate about, well, everything: food, travel, code. Experienced professional with a demonstrated history of',
      experience: [role('Head of Platform', 'Tidewater', { description: 'Grew the platform team from 4 to 18 engineers.\nResponsible for the roadmap, hiring, budgets, vendor management and' })],
    });
    const dids = extractFacts(person).map((f) => f.did);
    expect(dids).toContain('lead 40 engineers across payments and identity');
    expect(dids).toContain('grew the platform team from 4 to 18 engineers at Tidewater');
    expect(dids.join(' | ')).not.toMatch(/demonstrated history|vendor management|everything/);
  });

  it('has no facts for a profile with only a name', () => {
    expect(extractFacts(loadProfile('name-only'))).toEqual([]);
  });
});

describe('ranking for the goal', () => {
  it('prefers evidence of having done it (a move into management) over a university', () => {
    const facts = extractFacts(loadProfile('engineering-manager'), MANAGEMENT);
    expect(facts[0]!.id).toBe('move:1-0');
    expect(facts[0]!.reason).toMatch(/move into leading a team/);
    const school = facts.find((f) => f.kind === 'education')!;
    expect(isRelevant(school)).toBe(false);
  });

  it('for a speaking goal, prefers the talks over the job title', () => {
    const person = profile({
      experience: [role('Software Engineer', 'Gantry', { description: 'Spoke at three conferences about observability.' })],
      skills: ['Go'],
    });
    const [first] = extractFacts(person, TALKS);
    expect(first!.did).toBe('spoke at three conferences about observability at Gantry');
    expect(isRelevant(extractFacts(person, TALKS).find((f) => f.id === 'role:0')!)).toBe(false);
  });

  it('never relates a fact to the goal on one shared common word', () => {
    const person = profile({ experience: [role('Search Engineer', 'Bramblecom', { description: 'Ensured search moves from good to great.' })] });
    const facts = extractFacts(person, goals({ summary: 'move into product management', helpWanted: 'how to make a good first move', reasons: [] }));
    expect(facts.filter(isRelevant)).toEqual([]);
  });

  it('finds facts for a goal the table has never seen through its names and technical words', () => {
    const person = profile({ skills: ['Rust', 'Embedded Systems'], experience: [role('Firmware Engineer', 'Kelpworks')] });
    const facts = extractFacts(person, goals({ summary: 'learn Rust for embedded work', helpWanted: '', reasons: [] }));
    expect(facts.filter(isRelevant).map((f) => f.id)).toContain('skill:rust');
  });

  it('starts a draft with the most relevant fact and a different second one, or none when nothing relates', () => {
    const facts = extractFacts(loadProfile('engineering-manager'), MANAGEMENT);
    const ids = defaultFactIds(facts);
    expect(ids[0]).toBe('move:1-0');
    expect(new Set(ids).size).toBe(ids.length);
    expect(defaultFactIds(extractFacts(loadProfile('engineering-manager'), goals({ summary: 'learn watercolour painting', helpWanted: '', reasons: [] })))).toEqual([]);
  });
});
