// Profile text as a person would say it back, and the `wording` check that catches what is not.
import { describe, expect, it } from 'vitest';
import { classSet } from '../../../utils/drafting/meaning';
import { readGoal } from '../../../utils/drafting/goal';
import { wordingProblems } from '../../../utils/drafting/wording-check';
import { clauseAfterYou, cleanOrg, naturalField, naturalSkill, naturalTitle, schoolPhrase, yearsBetween } from '../../../utils/drafting/wording';
import { introSentence, helpSentences } from '../../../utils/drafting/voice';

describe('profile wording', () => {
  it.each([
    ['Founders & Coders C.I.C.', 'Founders & Coders'],
    ['Quillfeather, Inc.', 'Quillfeather'],
    ['Bramble Corporation', 'Bramble'],
    ['Tidewater Labs · Full-time', 'Tidewater Labs'],
    ['PayFast, an Acme Company', 'PayFast'],
    ['Orbit Systems (Acquired by Kelp)', 'Orbit Systems'],
    ['Self-employed', ''],
  ])('company %s → %s', (raw, clean) => expect(cleanOrg(raw)).toBe(clean));

  it.each([
    ['Co-Founder, CEO', 'co-founder and CEO'],
    ['Member, Board of Directors', 'member of the board of directors'],
    ['Architect/Lead Developer', 'architect and lead developer'],
    ['Sr. Web Designer', 'senior web designer'],
    ['Engineering Manager, Platform', 'engineering manager'],
    ['Portuguese - English Translator', 'Portuguese and English translator'],
  ])('title %s → %s', (raw, natural) => expect(naturalTitle(raw)).toBe(natural));

  it('writes skills and fields in natural case, keeping names of tools and acronyms', () => {
    expect(naturalSkill('Stakeholder Management')).toBe('stakeholder management');
    expect(naturalSkill('JavaScript')).toBe('JavaScript');
    expect(naturalSkill('Amazon Web Services (AWS)')).toBe('Amazon Web Services (AWS)');
    expect(naturalSkill('Python Endorsed by 2 colleagues at Acme')).toBe('Python');
    expect(naturalField('Post Graduate Certificate Education, Pass')).toBe('post graduate certificate education');
    expect(naturalField('Computer Science, ECTS Grade A')).toBe('computer science');
    expect(schoolPhrase('University of Leeds')).toBe('the University of Leeds');
    expect(schoolPhrase('Stanford University')).toBe('Stanford University');
  });

  it('gives tenure only from two dates on the page, and not under two years', () => {
    expect(yearsBetween('Mar 2015', 'Apr 2021')).toBe('six years');
    expect(yearsBetween('2019', '2020')).toBeNull();
    expect(yearsBetween('2019', 'Present')).toBeNull();
  });

  it('takes free text only as whole clauses about what the person does', () => {
    const none = new Set<string>();
    expect(clauseAfterYou("I've spent ten years building search at scale.", none)).toBe('have spent ten years building search at scale');
    expect(clauseAfterYou('Scaled the team from 4 to 18 engineers.', none)).toBe('scaled the team from 4 to 18 engineers');
    expect(clauseAfterYou('I think testing matters.', none)).toBeNull();
    expect(clauseAfterYou('Experienced professional with a demonstrated history of working in', none)).toBeNull();
    expect(clauseAfterYou('I write about a, b, c, d and e.', none)).toBeNull();
  });
});

describe('meaning classes and goals', () => {
  it('reads the kind of every rubric goal from its own words', () => {
    expect(readGoal({ summary: 'switch from teaching into UX research', helpWanted: 'how you made the move and what to learn first' })).toMatchObject({ kind: 'change' });
    expect([...readGoal({ summary: 'switch from teaching into UX research', helpWanted: '' }).from]).toEqual(['teaching']);
    expect(readGoal({ summary: 'get better at giving technical talks', helpWanted: 'feedback on a talk proposal' }).kind).toBe('speaking');
    expect(readGoal({ summary: 'grow into a staff engineer role', helpWanted: '' }).kind).toBe('senior-ic');
    expect([...readGoal({ summary: 'start a career in data science after a PhD in biology', helpWanted: '' }).targets]).toEqual(['data-science']);
    expect(readGoal({ summary: 'become a better first-time founder', helpWanted: 'how you found your first customers' }).kind).toBe('founding');
    expect(readGoal({ summary: 'move from backend engineering into engineering management', helpWanted: '' }).kind).toBe('management');
  });

  it('keeps look-alike phrases apart: a project manager is not people management, a foundation is not a founding', () => {
    expect(classSet('Project Manager')).toEqual(new Set(['project']));
    expect(classSet('Engineering Manager')).toContain('management');
    expect(classSet('the foundation of the research unit')).not.toContain('founding');
    expect(classSet('Grew the platform team from 4 to 18 engineers')).toContain('management');
  });
});

describe('the mentee\'s side', () => {
  it('turns the one-line introduction into a proper sentence whatever its form', () => {
    expect(introSentence({ name: 'Sam', intro: 'Backend engineer at a logistics start-up.' })).toBe("I'm Sam, a backend engineer at a logistics start-up.");
    expect(introSentence({ name: 'Priya', intro: 'secondary-school science teacher learning UX research' })).toBe("I'm Priya, a secondary-school science teacher learning UX research.");
    expect(introSentence({ name: '', intro: 'an architect in Porto' })).toBe("I'm an architect in Porto.");
    expect(introSentence({ name: 'Lee', intro: '' })).toBe("I'm Lee.");
    expect(introSentence(undefined)).toBe('');
  });

  it('says the help wanted as a sentence', () => {
    expect(helpSentences({ helpWanted: 'how you found your first customers' })[0]).toBe("I'd love to hear how you found your first customers.");
    expect(helpSentences({ helpWanted: 'feedback on a talk proposal' })[0]).toBe("I'd really value your feedback on a talk proposal.");
    expect(helpSentences({ helpWanted: '' })).toEqual([]);
  });
});

describe('the wording check', () => {
  it('flags a fragment, pasted Title Case, a cut clause, doubled punctuation and another channel\'s words', () => {
    const kinds = (text: string, channel: 'email' | 'connection-note' = 'email') => wordingProblems(text, channel).map((p) => p.kind);
    expect(kinds('Hi Ana,\n\nBackend engineer at a logistics start-up. I saw your post.')).toEqual(['fragment']);
    expect(kinds("I'd love to hear about your work with Stakeholder Management.")).toEqual(['title-case']);
    expect(kinds('I saw that you built the search team and.')).toEqual(['cut']);
    expect(kinds('I saw your work at Acme.. It helped.')).toEqual(['punctuation']);
    expect(kinds('Could I ask a couple of questions over message?')).toEqual(['channel']);
    expect(kinds("Hi Ana, I saw your talk on caching. I'm hoping to learn it too. Would you be open to a 20-minute call? Thanks, Sam", 'connection-note')).toEqual([]);
  });
});
