// npm run --silent draft -- --profile <profile.json> --goals <goals.json> --channel <connection-note|message|inmail|email> [--premium]
//                          [--alternatives N] [--reason "<the mentee's own words>"]
// Prints one JSON object: the default draft the side panel would start from, with its checks; with
// --alternatives N, {"drafts": [ …N such objects, best first… ]}. Where the profile holds nothing
// that relates to the goal (and no --reason is given) the object has "text": "" and a failing
// `link` check that says what to add.
// profile.json: the "profile" object `npm run extract` prints, or its whole output {"found":true,"profile":{…}}.
// goals.json: {"summary", "reasons", "helpWanted", "ask": {"format", "minutes"?, "frequency"?}, "me"?: {"name", "intro"}}.
// Exits 0 with a draft; 2 for a usage error or a file that cannot be read or parsed.
import { readFileSync } from 'node:fs';
import { channelSchema, type Channel } from '../utils/schema/channel';
import { goalsSchema, type Goals } from '../utils/schema/goals';
import type { ProfileDraft } from '../utils/schema/profile';
import { channelSpec } from '../utils/drafting/channels';
import { draftAlternatives, type ComposedDraft } from '../utils/drafting/compose';
import { readProfileInput } from '../utils/drafting/profile-input';

const USAGE =
  'usage: npm run --silent draft -- --profile <profile.json> --goals <goals.json> --channel <connection-note|message|inmail|email> [--premium] [--alternatives N] [--reason "<your own words>"]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

interface Args {
  profile: string;
  goals: string;
  channel: Channel;
  premium: boolean;
  /** null: print one draft (the contract before alternatives existed). */
  alternatives: number | null;
  reason: string;
}

function parseArgs(argv: string[]): Args {
  const values: Partial<Record<'profile' | 'goals' | 'channel' | 'alternatives' | 'reason', string>> = {};
  let premium = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (flag === '--premium') {
      premium = true;
    } else if (flag === '--profile' || flag === '--goals' || flag === '--channel' || flag === '--alternatives' || flag === '--reason') {
      const value = inline ?? argv[++i];
      if (value === undefined || (value.startsWith('--') && flag !== '--reason')) fail(`${flag} needs a value\n${USAGE}`);
      values[flag.slice(2) as 'profile' | 'goals' | 'channel' | 'alternatives' | 'reason'] = value;
    } else {
      fail(`unknown argument ${arg}\n${USAGE}`);
    }
  }
  for (const name of ['profile', 'goals', 'channel'] as const) {
    if (!values[name]) fail(`--${name} is required\n${USAGE}`);
  }
  const channel = channelSchema.safeParse(values.channel);
  if (!channel.success) fail(`--channel must be one of connection-note, message, inmail, email (got "${values.channel}")\n${USAGE}`);
  let alternatives: number | null = null;
  if (values.alternatives !== undefined) {
    alternatives = Number(values.alternatives);
    if (!Number.isInteger(alternatives) || alternatives < 1 || alternatives > 10) fail(`--alternatives must be a whole number from 1 to 10 (got "${values.alternatives}")\n${USAGE}`);
  }
  return { profile: values.profile!, goals: values.goals!, channel: channel.data, premium, alternatives, reason: values.reason ?? '' };
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${what} file ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`${what} file ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function issues(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues.map((i) => `  ${i.path.map(String).join('.') || '(top level)'}: ${i.message}`).join('\n');
}

function readProfile(file: string): ProfileDraft {
  const result = readProfileInput(readJson(file, 'profile'));
  if (!result.ok) fail(`profile file ${file}: ${result.error}`);
  return result.profile;
}

function readGoals(file: string): Goals {
  const parsed = goalsSchema.safeParse(readJson(file, 'goals'));
  if (!parsed.success) fail(`goals file ${file} is not valid:\n${issues(parsed.error)}`);
  return parsed.data;
}

const args = parseArgs(process.argv.slice(2));
const profile = readProfile(args.profile);
const goals = readGoals(args.goals);
const spec = channelSpec(args.channel, { premium: args.premium });
const drafts = draftAlternatives(profile, goals, args.channel, { premium: args.premium, reason: args.reason, count: args.alternatives ?? 3 });

function printable(draft: ComposedDraft) {
  return {
    channel: args.channel,
    limit: spec.bodyLimit,
    subjectLimit: spec.subjectLimit,
    length: draft.text.length,
    ...(spec.hasSubject ? { subject: draft.subject } : {}),
    text: draft.text,
    checks: draft.checks.map(({ id, ok, message }) => ({ id, ok, message })),
  };
}

const output = args.alternatives === null ? printable(drafts[0]!) : { drafts: drafts.slice(0, args.alternatives).map(printable) };
process.stdout.write(`${JSON.stringify(output)}\n`);
