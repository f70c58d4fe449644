// A meeting as an RFC 5545 calendar file, for "Add to calendar". Times are written as UTC instants
// (DTSTART:20260401T080000Z): every calendar shows them in the reader's own zone, and the file
// does not need a VTIMEZONE block, which would have to describe the zone's DST rules correctly.
import type { Meeting, MeetingFormat } from '../schema/meeting';
import { foldForSearch } from './search';
import { localDay, safeTimeZone } from './zoned-time';

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

export interface IcsOptions {
  /** The other person's name, for the title. */
  personName: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
  /** A link back to their profile, shown by calendars that support URL. */
  profileUrl?: string;
}

const SUMMARY_NOUN: Record<MeetingFormat, string> = {
  video: 'call',
  call: 'call',
  'in-person': 'meeting',
  chat: 'chat',
};

/** "20260401T080000Z". */
export function icsUtc(instant: Date | string): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * TEXT value escaping (§3.3.11): backslash, semicolon, comma, and line breaks as "\n". Other
 * control characters are not allowed in TEXT at all and are dropped.
 */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/**
 * Folds one content line into 75-octet pieces (§3.1): each continuation starts with a space, which
 * counts toward its 75. Cuts fall between characters, never inside a UTF-8 sequence or a
 * surrogate pair, so a name in Greek or an emoji survives.
 */
export function foldIcsLine(line: string): string {
  if (encoder.encode(line).length <= MAX_LINE_OCTETS) return line;
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

function property(name: string, value: string): string {
  return foldIcsLine(`${name}:${value}`);
}

/** The description: the prepared questions, numbered, to have them at hand during the call. */
function description(meeting: Meeting): string {
  const parts: string[] = [];
  const questions = meeting.questions.map((q) => q.trim()).filter(Boolean);
  if (questions.length) parts.push(['Questions I prepared:', ...questions.map((q, i) => `${i + 1}. ${q}`)].join('\n'));
  return parts.join('\n\n');
}

/** The .ics text for one meeting: one VCALENDAR with one VEVENT, CRLF line ends. */
export function meetingToIcs(meeting: Meeting, options: IcsOptions): string {
  const start = new Date(meeting.startsAt);
  const end = new Date(start.getTime() + meeting.durationMinutes * 60_000);
  const name = options.personName.trim() || 'your mentor';
  const text = description(meeting);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mentor Scout//Mentor Scout//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    // The meeting id is stable, so importing the file again updates the event instead of doubling it.
    property('UID', `${escapeIcsText(meeting.id)}@mentor-scout`),
    property('DTSTAMP', icsUtc(options.now)),
    property('DTSTART', icsUtc(start)),
    property('DTEND', icsUtc(end)),
    property('SUMMARY', escapeIcsText(`Mentoring ${SUMMARY_NOUN[meeting.format]} with ${name}`)),
    ...(text ? [property('DESCRIPTION', escapeIcsText(text))] : []),
    ...(options.profileUrl && /^https?:\/\/\S+$/i.test(options.profileUrl) ? [property('URL', options.profileUrl)] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.join(CRLF) + CRLF;
}

/** A file name for the download: "mentoring-call-ada-lovelace-2026-04-01.ics". */
export function icsFileName(meeting: Meeting, personName: string): string {
  const slug = foldForSearch(personName)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `mentoring-${SUMMARY_NOUN[meeting.format]}${slug ? `-${slug}` : ''}-${localDay(meeting.startsAt, safeTimeZone(meeting.timeZone))}.ics`;
}
