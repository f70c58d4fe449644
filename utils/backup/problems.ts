// Validation problems in words a mentee can act on: "Row 12 (people[11]): profile.name is missing"
// instead of zod's "Invalid input: expected string, received undefined at people.11.profile.name".
// The row number is 1-based, as a person counts; the bracket is the exact place for a developer.
import type { z } from '../schema/zod';

type Issue = z.ZodError['issues'][number];
type PathKey = PropertyKey;

/** Problems listed in full before the rest are summed up; a file with 50,000 bad rows needs no 50,000 lines. */
export const MAX_LISTED_PROBLEMS = 20;

/** The value at `path` in a parsed JSON tree, reading own properties only (never `__proto__`'s prototype). */
export function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof key === 'symbol' || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key as string | number];
  }
  return current;
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'a group of fields';
    default:
      return typeof value;
  }
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

const FORMAT_EXAMPLES: Record<string, string> = {
  datetime: 'a date and time like 2026-03-25T09:00:00.000Z',
  date: 'a day like 2026-03-25',
};

function pathText(path: readonly PathKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text;
}

/**
 * Where a problem is: "Row 12 (people[11])" for a record in a list, or the field name at the top.
 * Returns the place and the field path inside the record.
 */
export function locate(path: readonly PathKey[]): { place: string; field: string } {
  if (path.length >= 2 && typeof path[0] === 'string' && typeof path[1] === 'number') {
    return { place: `Row ${path[1] + 1} (${path[0]}[${path[1]}])`, field: pathText(path.slice(2)) };
  }
  return { place: '', field: pathText(path) };
}

/** One zod issue as a sentence: "Row 2 (people[1]): profile.name is missing". */
export function describeIssue(issue: Issue, root: unknown): string {
  const { place } = locate(issue.path);
  const sentence = describeField(issue, root);
  return place ? `${place}: ${sentence}` : sentence[0]!.toUpperCase() + sentence.slice(1);
}

/** The sentence about the field alone, without the row: "profile.name is missing". */
export function describeField(issue: Issue, root: unknown): string {
  const { field: fieldPath } = locate(issue.path);
  const field = fieldPath || 'this entry';
  const value = valueAt(root, issue.path);
  let sentence: string;
  switch (issue.code) {
    case 'invalid_type':
      sentence =
        value === undefined
          ? `${field} is missing`
          : `${field} should be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
      break;
    case 'too_big':
      sentence =
        issue.origin === 'string'
          ? `${field} is too long (more than ${String(issue.maximum)} characters)`
          : issue.origin === 'array'
            ? `${field} has too many entries (more than ${String(issue.maximum)})`
            : `${field} is too large (at most ${String(issue.maximum)})`;
      break;
    case 'too_small':
      sentence =
        issue.origin === 'string'
          ? Number(issue.minimum) <= 1
            ? `${field} is empty`
            : `${field} is too short (at least ${String(issue.minimum)} characters)`
          : issue.origin === 'array'
            ? `${field} needs at least ${String(issue.minimum)} entries`
            : `${field} is too small (at least ${String(issue.minimum)})`;
      break;
    case 'invalid_format':
      sentence = `${field} should be ${FORMAT_EXAMPLES[issue.format] ?? `in ${issue.format} format`}`;
      break;
    case 'invalid_value': {
      const options = issue.values.slice(0, 10).map((v) => JSON.stringify(v)).join(', ');
      sentence = `${field} should be one of ${options}${issue.values.length > 10 ? ', …' : ''}`;
      break;
    }
    case 'custom':
      sentence = `${field} ${issue.message}`;
      break;
    default:
      sentence = `${field}: ${issue.message}`;
  }
  return sentence;
}

/** A message ends as a sentence does: with its full stop (after any closing quote or bracket). */
export function asSentence(message: string): string {
  const text = message.trimEnd();
  return /[.!?…]["”’)]*$/.test(text) ? text : `${text}.`;
}

/** The problems as a list of at most MAX_LISTED_PROBLEMS lines, the rest counted in the last one. */
export function listProblems(all: readonly string[]): string[] {
  if (all.length <= MAX_LISTED_PROBLEMS) return all.map(asSentence);
  const rest = all.length - (MAX_LISTED_PROBLEMS - 1);
  return [...all.slice(0, MAX_LISTED_PROBLEMS - 1).map(asSentence), `…and ${rest} more problems.`];
}

/** One line for a notice: the first problem, and how many more there are. */
export function summarizeProblems(all: readonly string[]): string {
  if (all.length === 0) return 'The file could not be read.';
  if (all.length === 1) return asSentence(all[0]!);
  const first = asSentence(all[0]!).replace(/\.$/, '');
  return `${first} (and ${all.length - 1} more problem${all.length === 2 ? '' : 's'}).`;
}
