// `npm run draft` end to end, as a user runs it: a real process, real files, JSON on stdout.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../../utils/drafting/quality';
import { MANAGEMENT_GOALS_INPUT } from './helpers';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PROFILES = join(ROOT, 'tests/fixtures/profiles');
const dir = mkdtempSync(join(tmpdir(), 'mentor-scout-draft-'));
const GOALS = join(dir, 'goals.json');
writeFileSync(GOALS, JSON.stringify(MANAGEMENT_GOALS_INPUT));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/draft.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each run starts a tsx process (several seconds on a loaded machine); some tests make several.
describe('npm run draft', { timeout: 240_000 }, () => {
  it('prints one JSON object with the default connection note and its checks', () => {
    const { code, stdout, stderr } = run('--profile', join(PROFILES, 'engineering-manager.json'), '--goals', GOALS, '--channel', 'connection-note');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['channel', 'limit', 'subjectLimit', 'length', 'text', 'checks']);
    expect(out).toMatchObject({ channel: 'connection-note', limit: 200, subjectLimit: null });
    expect(out.length).toBe(out.text.length);
    expect(out.length).toBeLessThanOrEqual(200);
    expect(out.text).toMatch(/^Hi Dana, /);
    expect(out.checks.map((c: { id: string }) => c.id)).toEqual([...CHECK_IDS]);
    expect(out.checks.every((c: { ok: boolean; message: string }) => c.ok && c.message)).toBe(true);
  });

  it('gives InMail a subject and both limits, Premium a 300 note, a message and email no limit', () => {
    const inmail = JSON.parse(run('--profile', join(PROFILES, 'engineering-manager.json'), '--goals', GOALS, '--channel', 'inmail').stdout);
    expect(inmail).toMatchObject({ channel: 'inmail', limit: 1900, subjectLimit: 200 });
    expect(inmail.subject).toBe('Advice on moving from backend engineering into engineering management');
    const premium = JSON.parse(run('--profile', join(PROFILES, 'headline-only.json'), '--goals', GOALS, '--channel', 'connection-note', '--premium').stdout);
    expect(premium.limit).toBe(300);
    const message = JSON.parse(run('--profile', join(PROFILES, 'headline-only.json'), '--goals', GOALS, '--channel=message').stdout);
    expect(message).toMatchObject({ limit: null, subjectLimit: null });
    expect(message.subject).toBeUndefined();
    const email = JSON.parse(run('--profile', join(PROFILES, 'headline-only.json'), '--goals', GOALS, '--channel', 'email').stdout);
    expect(email).toMatchObject({ limit: null, subjectLimit: null });
    expect(typeof email.subject).toBe('string');
  });

  it('accepts a whole extract output with fields left out', () => {
    const { code, stdout } = run('--profile', join(PROFILES, 'extract-output.json'), '--goals', GOALS, '--channel', 'message');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.text).toMatch(/^Hi Sam,/);
    expect(out.checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
  });

  it('prints N alternatives best first with --alternatives, each the same object as a single draft', () => {
    const { code, stdout } = run('--profile', join(PROFILES, 'engineering-manager.json'), '--goals', GOALS, '--channel', 'email', '--alternatives', '3');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['drafts']);
    expect(out.drafts).toHaveLength(3);
    for (const d of out.drafts) expect(Object.keys(d)).toEqual(['channel', 'limit', 'subjectLimit', 'length', 'subject', 'text', 'checks']);
    expect(out.drafts[0].checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
    expect(new Set(out.drafts.map((d: { text: string }) => d.text)).size).toBe(3);
    expect(run('--profile', join(PROFILES, 'engineering-manager.json'), '--goals', GOALS, '--channel', 'email', '--alternatives', 'many').stderr).toMatch(/--alternatives must be a whole number/);
  });

  it('prints "text": "" and a failing link check where nothing relates to the goal, and uses --reason', () => {
    const none = JSON.parse(run('--profile', join(PROFILES, 'headline-only.json'), '--goals', GOALS, '--channel', 'connection-note').stdout);
    expect(none.text).toBe('');
    expect(none.checks.find((c: { id: string }) => c.id === 'link')).toMatchObject({ ok: false, message: expect.stringMatching(/^Nothing on Priya's profile relates to leading a team\. Add, in your own words/) });
    const reason = 'your talk on inclusive design reviews at a Toronto meetup';
    const withReason = JSON.parse(run('--profile', join(PROFILES, 'headline-only.json'), '--goals', GOALS, '--channel', 'connection-note', '--reason', reason).stdout);
    expect(withReason.text).toContain('your talk on inclusive design reviews');
    expect(withReason.checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
  });

  it('exits 0 with failing checks for a profile with nothing beyond a name', () => {
    const { code, stdout } = run('--profile', join(PROFILES, 'name-only.json'), '--goals', GOALS, '--channel', 'connection-note');
    expect(code).toBe(0);
    const fact = JSON.parse(stdout).checks[0];
    expect(fact).toMatchObject({ id: 'fact', ok: false });
    expect(fact.message).toMatch(/own words/);
  });

  it('exits 2 with a clear message on bad usage or bad files', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ not json');
    const noProfile = join(dir, 'not-found.json');
    writeFileSync(noProfile, JSON.stringify({ found: false, reason: 'This page asks you to sign in.' }));
    const badGoals = join(dir, 'bad-goals.json');
    writeFileSync(badGoals, JSON.stringify({ summary: '', ask: { format: 'fax' } }));
    const profile = join(PROFILES, 'engineering-manager.json');
    const cases: Array<[string[], RegExp]> = [
      [[], /--profile is required/],
      [['--profile', profile, '--goals', GOALS], /--channel is required/],
      [['--profile', profile, '--goals', GOALS, '--channel', 'fax'], /--channel must be one of connection-note, message, inmail, email/],
      [['--profile', profile, '--goals', GOALS, '--channel', 'email', '--verbose'], /unknown argument --verbose/],
      [['--profile', join(dir, 'missing.json'), '--goals', GOALS, '--channel', 'email'], /cannot read profile file/],
      [['--profile', bad, '--goals', GOALS, '--channel', 'email'], /profile file .* is not valid JSON/],
      [['--profile', noProfile, '--goals', GOALS, '--channel', 'email'], /no profile: This page asks you to sign in\./],
      [['--profile', profile, '--goals', badGoals, '--channel', 'email'], /goals file .* is not valid:\n {2}summary: Say in a few words what you want from mentoring/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = run(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    }
  });
});
