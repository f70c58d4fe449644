import { describe, expect, it } from 'vitest';
import { CHANNELS, channelSpec, measure, targetLength, textLength } from '../../../utils/drafting/channels';

describe('channelSpec', () => {
  it('caps a connection note at 200 characters, 300 with Premium, with no subject', () => {
    expect(channelSpec('connection-note')).toMatchObject({ bodyLimit: 200, hasSubject: false, subjectLimit: null, recommended: null });
    expect(channelSpec('connection-note', { premium: false }).bodyLimit).toBe(200);
    expect(channelSpec('connection-note', { premium: true }).bodyLimit).toBe(300);
  });

  it('gives a LinkedIn message no hard limit but a recommended 400', () => {
    expect(channelSpec('message')).toMatchObject({ bodyLimit: null, recommended: 400, hasSubject: false });
    expect(channelSpec('message', { premium: true }).bodyLimit).toBeNull();
  });

  it('gives InMail a 200-character subject and a 1,900-character body', () => {
    expect(channelSpec('inmail')).toMatchObject({ bodyLimit: 1900, subjectLimit: 200, hasSubject: true });
  });

  it('gives email a subject and no limit', () => {
    expect(channelSpec('email')).toMatchObject({ bodyLimit: null, subjectLimit: null, recommended: null, hasSubject: true });
  });

  it('labels every channel', () => {
    expect(CHANNELS.map((c) => channelSpec(c).label)).toEqual(['Connection note', 'LinkedIn message', 'InMail', 'Email']);
  });
});

describe('lengths', () => {
  it('counts as JavaScript does (an emoji is 2), as LinkedIn does', () => {
    expect(textLength('hi 👋')).toBe(5);
  });

  it('measures over the hard limit and over the recommended length', () => {
    const note = measure(channelSpec('connection-note'), 'x'.repeat(205));
    expect(note).toMatchObject({ length: 205, limit: 200, over: 5, overRecommended: 0 });
    expect(measure(channelSpec('connection-note', { premium: true }), 'x'.repeat(205)).over).toBe(0);
    const message = measure(channelSpec('message'), 'x'.repeat(450));
    expect(message).toMatchObject({ over: 0, overRecommended: 50, limit: null });
    const inmail = measure(channelSpec('inmail'), 'body', 's'.repeat(201));
    expect(inmail.subjectOver).toBe(1);
  });

  it('fits to the hard limit, else the recommended length, else nothing', () => {
    expect(targetLength(channelSpec('connection-note'))).toBe(200);
    expect(targetLength(channelSpec('message'))).toBe(400);
    expect(targetLength(channelSpec('inmail'))).toBe(1900);
    expect(targetLength(channelSpec('email'))).toBeNull();
  });
});
