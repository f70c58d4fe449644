import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, icsFileName, icsUtc, meetingToIcs } from '../../../utils/tracking/ics';
import { makeMeeting } from '../builders';

const octets = (text: string) => new TextEncoder().encode(text).length;
/** RFC 5545 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters that TEXT may not contain, keeps tabs', () => {
    expect(escapeIcsText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });
});

describe('foldIcsLine', () => {
  it('leaves short lines alone', () => {
    expect(foldIcsLine('SUMMARY:Short')).toBe('SUMMARY:Short');
  });

  it('folds at 75 octets, continuation lines starting with a space', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldIcsLine(line);
    const pieces = folded.split('\r\n');
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) expect(octets(piece)).toBeLessThanOrEqual(75);
    expect(pieces[0]).toHaveLength(75);
    for (const piece of pieces.slice(1)) expect(piece.startsWith(' ')).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it('never splits a multi-byte character or an emoji', () => {
    const line = `SUMMARY:${'Zoë Łukasiewicz 😀 日本語 '.repeat(10)}`;
    const folded = foldIcsLine(line);
    for (const piece of folded.split('\r\n')) {
      expect(octets(piece)).toBeLessThanOrEqual(75);
      expect(piece).not.toMatch(/\uFFFD/);
      // A lone surrogate would mean a pair was cut.
      expect(piece).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(unfold(folded)).toBe(line);
  });
});

describe('meetingToIcs', () => {
  const meeting = makeMeeting('p-1', {
    id: 'm-42',
    startsAt: '2026-04-01T08:00:00.000Z',
    durationMinutes: 45,
    questions: ['How did you move from IC to manager; what surprised you?', 'Books, talks, or people\\teams I should know?', ''],
  });
  const ics = meetingToIcs(meeting, { personName: 'Zoë Example, PhD', now: new Date('2026-03-20T12:34:56.789Z'), profileUrl: 'https://example.org/zoe' });

  it('is a VCALENDAR with one VEVENT, CRLF line ends only', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('writes UTC instants, a stable UID and the end from the duration', () => {
    const lines = unfold(ics).split('\r\n');
    expect(lines).toContain('UID:m-42@mentor-scout');
    expect(lines).toContain('DTSTAMP:20260320T123456Z');
    expect(lines).toContain('DTSTART:20260401T080000Z');
    expect(lines).toContain('DTEND:20260401T084500Z');
    expect(lines).toContain('URL:https://example.org/zoe');
  });

  it('escapes the title and numbers the prepared questions in the description', () => {
    const lines = unfold(ics).split('\r\n');
    expect(lines).toContain('SUMMARY:Mentoring call with Zoë Example\\, PhD');
    expect(lines).toContain(
      'DESCRIPTION:Questions I prepared:\\n1. How did you move from IC to manager\\; what surprised you?\\n2. Books\\, talks\\, or people\\\\teams I should know?',
    );
  });

  it('says meeting for in-person and leaves out an empty description', () => {
    const plain = meetingToIcs(makeMeeting('p-1', { format: 'in-person' }), { personName: 'Bo', now: new Date('2026-03-20T00:00:00Z') });
    expect(plain).toContain('SUMMARY:Mentoring meeting with Bo\r\n');
    expect(plain).not.toContain('DESCRIPTION');
    expect(plain).not.toContain('URL:');
  });

  it('does not let a line break in a name inject properties', () => {
    const hostile = meetingToIcs(makeMeeting('p-1'), { personName: 'Eve\r\nATTENDEE:mailto:x@example.org', now: new Date('2026-03-20T00:00:00Z') });
    expect(unfold(hostile).split('\r\n').filter((l) => l.startsWith('ATTENDEE'))).toEqual([]);
  });

  it('formats instants and file names', () => {
    expect(icsUtc('2026-12-31T23:59:59.999Z')).toBe('20261231T235959Z');
    // 23:30 UTC on the 31st of March is the 1st of April in Berlin, the meeting's zone.
    expect(icsFileName(makeMeeting('p', { startsAt: '2026-03-31T23:30:00.000Z', format: 'call' }), 'Zoë Ørsted')).toBe('mentoring-call-zoe-orsted-2026-04-01.ics');
  });
});
