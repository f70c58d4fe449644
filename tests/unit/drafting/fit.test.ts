import { describe, expect, it } from 'vitest';
import { fitScore } from '../../../utils/drafting/fit';
import { extractFacts } from '../../../utils/drafting/facts';
import { DESIGN_GOALS, goals, loadProfile, MANAGEMENT_GOALS, profile, role } from './helpers';

describe('fitScore', () => {
  it('explains a high score by the facts that match the goals', () => {
    const result = fitScore(loadProfile('engineering-manager'), MANAGEMENT_GOALS);
    expect(result.score).toBeGreaterThanOrEqual(70);
    expect(result.score).toBeLessThanOrEqual(100);
    expect(result.reasons.length).toBeGreaterThan(0);
    const facts = new Map(extractFacts(loadProfile('engineering-manager'), MANAGEMENT_GOALS).map((f) => [f.id, f]));
    for (const reason of result.reasons) {
      expect(facts.get(reason.factId)?.text).toBe(reason.text);
      expect(reason.weight).toBeGreaterThan(0);
    }
    expect(result.reasons[0]!.matched.length).toBeGreaterThan(0);
    expect(result.summary).toMatch(/^Matches your goals through /);
    // Strongest first.
    const weights = result.reasons.map((r) => r.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
  });

  it('is deterministic', () => {
    const a = fitScore(loadProfile('engineering-manager'), MANAGEMENT_GOALS);
    const b = fitScore(loadProfile('engineering-manager'), MANAGEMENT_GOALS);
    expect(a).toEqual(b);
  });

  it('scores a person who does what the mentee wants above one who does not', () => {
    const manager = profile({ experience: [role('Director of Engineering Management', 'Hooli')] });
    const designer = profile({ experience: [role('Illustrator', 'Pied Piper')], skills: ['Watercolour'] });
    expect(fitScore(manager, MANAGEMENT_GOALS).score).toBeGreaterThan(fitScore(designer, MANAGEMENT_GOALS).score);
  });

  it('stays low and says why when no fact matches the goals', () => {
    const result = fitScore(loadProfile('headline-only'), goals({ summary: 'learn to fly gliders', helpWanted: '', reasons: [] }));
    expect(result.reasons).toEqual([]);
    expect(result.score).toBeLessThanOrEqual(10);
    expect(result.summary).toMatch(/Nothing on this profile mentions what your goals are about/);
  });

  it('scores 0 with a reason when the profile shows nothing beyond a name', () => {
    expect(fitScore(loadProfile('name-only'), MANAGEMENT_GOALS)).toEqual({
      score: 0,
      reasons: [],
      summary: 'This profile shows nothing beyond a name, so there is nothing to compare with your goals.',
    });
  });

  it('matches on what words mean, never on one shared common word', () => {
    const speaker = profile({ experience: [role('Developer Advocate', 'Quillfeather', { description: 'Spoke at twelve conferences on web performance.' })] });
    const mover = profile({ experience: [role('Search Engineer', 'Bramblecom', { description: 'Ensured search moves from good to great.' })] });
    const talks = goals({ summary: 'get better at giving technical talks', helpWanted: 'feedback on a talk proposal', reasons: [] });
    expect(fitScore(speaker, talks).score).toBeGreaterThanOrEqual(20);
    expect(fitScore(mover, goals({ summary: 'move into product management', helpWanted: '', reasons: [] })).reasons).toEqual([]);
  });
});
