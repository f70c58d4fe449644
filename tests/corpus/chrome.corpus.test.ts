// No LinkedIn interface text in any captured field, over the whole corpus of real saved pages
// (../shared/fixtures): endorsement lines and counts, "Show all N …", "…see more", connection degrees,
// and fields that are a button label (Message, Follow, Connect, More in the table's languages).
// A skill "Message Queues" or a company "Follow Up Boss" is data (see words.test.ts).
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../scripts/lib/node-dom';
import { extractProfile } from '../../utils/extract';
import { isChrome } from '../../utils/extract/linkedin-parse/chrome';
import type { ProfileDraft } from '../../utils/schema/profile';
import { corpusAvailable, loadCases, readCasePage } from './corpus';

/** Every captured string of a profile with where it sits; our own notices and addresses are not captured text. */
function capturedStrings(profile: ProfileDraft): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push([path, value]);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) if (key !== 'url') walk(item, `${path}.${key}`);
  };
  const { notices: _notices, photoUrl: _photo, profileUrl: _url, source: _source, ...fields } = profile;
  walk(fields, 'profile');
  return out;
}

describe.skipIf(!corpusAvailable())('no interface text in any captured field, on every saved page', () => {
  const cases = corpusAvailable() ? loadCases() : [];
  it.each(cases.map((c) => [c.page, c] as const))('%s', (_page, testCase) => {
    const result = extractProfile(documentFromHtml(readCasePage(testCase), testCase.url), testCase.url);
    if (!result.found) return;
    const chrome = capturedStrings(result.profile).filter(([, text]) => text.split(/\n+/).some((line) => isChrome(line)));
    expect(chrome).toEqual([]);
  });
});
