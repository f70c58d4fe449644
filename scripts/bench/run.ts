// npm run bench — builds and zips the extension, measures it in Debian's Chromium (and in Node for
// file sizes), prints one table and writes the same figures to bench/results.json.
//
//   npm run bench                      everything (about 3–4 minutes on a 2-core machine)
//   npm run bench -- --skip-build      measure the build already in .output
//   npm run bench -- --only=capture,bundle
//
// Benchmarks, not tests: a slow machine never fails the run. The exit code is 1 only when the
// benchmark itself could not run (the build failed, a page never showed what it measures…).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR, launch } from '../../tests/e2e/harness';
import { benchBundle, type BundleResults } from './bundle';
import { benchCapture, CLICK_RUNS, type CaptureResults } from './capture';
import { benchMemory, MEMORY_RUNS, type MemoryResults } from './memory';
import { progress } from './shared/log';
import { describeMachine, machineLine } from './shared/machine';
import { benchSidepanel, FIRST_RENDER_RUNS, type SidepanelResults } from './sidepanel';
import { BACKUP_RUNS, SAVE_RUNS, benchStore, type StoreResults } from './store';

const ROOT = resolve(import.meta.dirname, '../..');
const RESULTS = join(ROOT, 'bench/results.json');
const GROUPS = ['capture', 'bundle', 'store', 'sidepanel', 'memory'] as const;
type Group = (typeof GROUPS)[number];

interface Target {
  metric: string;
  op: '≥' | '≤';
  value: number;
}

const TARGETS: Target[] = [
  { metric: 'capture.speedup', op: '≥', value: 50 },
  { metric: 'bundle.linkedinInjectedGzBytes', op: '≤', value: 8_000 },
  { metric: 'sidepanel.firstRenderMs10k', op: '≤', value: 200 },
  { metric: 'sidepanel.searchP95Ms10k', op: '≤', value: 16 },
  { metric: 'store.saveClickToStoredMs', op: '≤', value: 100 },
  { metric: 'store.import10kMs', op: '≤', value: 2_000 },
  { metric: 'bundle.zipBytes', op: '≤', value: 400_000 },
];

/** Every figure, in table order, with its unit. */
const METRICS: [string, string][] = [
  ['capture.linkedinMedianMs', 'ms'],
  ['capture.parseMedianMs', 'ms'],
  ['capture.readabilityMedianMs', 'ms'],
  ['capture.speedup', '×'],
  ['capture.clickToFormMs', 'ms'],
  ['bundle.linkedinInjectedGzBytes', 'B'],
  ['bundle.genericInjectedGzBytes', 'B'],
  ['bundle.zipBytes', 'B'],
  ['sidepanel.firstRenderMs10k', 'ms'],
  ['sidepanel.searchP95Ms10k', 'ms'],
  ['store.saveClickToStoredMs', 'ms'],
  ['store.import10kMs', 'ms'],
  ['store.export10kMs', 'ms'],
  ['memory.sidepanelHeapMb10k', 'MiB'],
];

function parseArgs(argv: string[]): { skipBuild: boolean; only: Set<Group> } {
  const only = argv.find((a) => a.startsWith('--only='));
  const wanted = only ? only.slice('--only='.length).split(',') : [...GROUPS];
  const unknown = wanted.filter((g) => !GROUPS.includes(g as Group));
  if (unknown.length) throw new Error(`unknown group(s) ${unknown.join(', ')}; groups: ${GROUPS.join(', ')}`);
  return { skipBuild: argv.includes('--skip-build'), only: new Set(wanted as Group[]) };
}

/** Runs `npx <args>` in the project; on failure prints the end of its output and stops the benchmark. */
function npx(args: string[]): void {
  const started = performance.now();
  const result = spawnSync('npx', args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
    process.stderr.write(output.split('\n').slice(-40).join('\n') + '\n');
    throw new Error(`npx ${args.join(' ')} failed (exit ${result.status}): the benchmark needs a build`);
  }
  progress(`npx ${args.join(' ')}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function valueAt(results: Record<string, unknown>, metric: string): number | undefined {
  const [group, key] = metric.split('.');
  const value = (results[group] as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'number' ? value : undefined;
}

function format(value: number | undefined, unit: string): string {
  if (value === undefined) return '—';
  if (unit === 'B') return `${value.toLocaleString('en-US')} B`;
  if (unit === '×') return `${value.toFixed(1)}×`;
  if (unit === 'MiB') return `${value.toFixed(1)} MiB`;
  return `${value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(value >= 10 ? 1 : 2)} ms`;
}

function table(results: Record<string, unknown>, machine: string, errors: Record<string, string>, warnings: string[]): string {
  const rows: string[][] = [['Metric', 'Median', 'Target', '']];
  for (const [metric, unit] of METRICS) {
    const value = valueAt(results, metric);
    const target = TARGETS.find((t) => t.metric === metric);
    const met = value === undefined || !target ? '' : (target.op === '≥' ? value >= target.value : value <= target.value) ? '✓' : '✗';
    rows.push([metric, format(value, unit), target ? `${target.op} ${target.value.toLocaleString('en-US')}${unit === '×' ? '×' : ` ${unit}`}` : '', met]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 1 || c === 2 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd();
  const out = [machine, '', line(rows[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
  const met = TARGETS.filter((t) => valueAt(results, t.metric) !== undefined);
  const passed = met.filter((t) => (t.op === '≥' ? valueAt(results, t.metric)! >= t.value : valueAt(results, t.metric)! <= t.value));
  out.push('', `${passed.length} of ${TARGETS.length} targets met${met.length < TARGETS.length ? ` (${TARGETS.length - met.length} not measured)` : ''}`);
  for (const [group, error] of Object.entries(errors)) out.push(`${group}: not measured — ${error}`);
  for (const warning of warnings) out.push(`warning: ${warning}`);
  return out.join('\n');
}

/** `details` is kept out of the group objects so each holds exactly its figures. */
function split<T extends { details: unknown }>(result: T): [Omit<T, 'details'>, unknown] {
  const { details, ...figures } = result;
  return [figures, details];
}

async function main(): Promise<number> {
  const { skipBuild, only } = parseArgs(process.argv.slice(2));
  const machine = describeMachine(); // before the build: its load average is the machine's, not ours
  const warnings: string[] = [];
  if (!skipBuild) {
    npx(['wxt', 'build']);
    npx(['wxt', 'zip']);
  }
  const results: Record<string, unknown> = {};
  const details: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  const runGroup = async <T extends { details: unknown }>(group: Group, work: () => Promise<T> | T): Promise<boolean> => {
    if (!only.has(group)) return false;
    progress(`${group}…`);
    try {
      [results[group], details[group]] = split(await work());
      return true;
    } catch (error) {
      errors[group] = error instanceof Error ? error.message : String(error);
      process.stderr.write(`${group} failed: ${error instanceof Error ? error.stack : error}\n`);
      return false;
    }
  };

  await runGroup<BundleResults>('bundle', benchBundle);
  const needsPanel = only.has('sidepanel') || only.has('memory');
  if (needsPanel && !existsSync(join(EXTENSION_DIR, 'sidepanel.html'))) {
    for (const group of ['sidepanel', 'memory'] as const) if (only.has(group)) errors[group] = 'the build has no sidepanel.html';
    only.delete('sidepanel');
    only.delete('memory');
  }
  // The side panel groups read the 10,000 people the store group imports.
  if (only.has('sidepanel') || only.has('memory')) only.add('store');
  const h = await launch();
  machine.chromium = (await h.browser.version()).replace(/^(Headless)?Chrome\//, '');
  try {
    await runGroup<CaptureResults>('capture', () => benchCapture(h));
    const differing = ((details.capture as CaptureResults['details'] | undefined)?.pages ?? []).filter((p) => !p.sameAsBuilt);
    if (differing.length) {
      warnings.push(`the bundled extractor and the built capture-linkedin.js disagree on ${differing.map((p) => p.page).join(', ')} (source changed since the build?)`);
    }
    const stored = await runGroup<StoreResults>('store', () => benchStore(h));
    for (const group of ['sidepanel', 'memory'] as const) {
      if (!stored && only.has(group)) {
        errors[group] ??= 'needs the store group, which fills the database';
        only.delete(group);
      }
    }
    await runGroup<SidepanelResults>('sidepanel', () => benchSidepanel(h));
    await runGroup<MemoryResults>('memory', () => benchMemory(h));
  } finally {
    await h.close();
  }

  const report = {
    machine,
    date: new Date().toISOString(),
    runs: {
      capturePages: (details.capture as CaptureResults['details'] | undefined)?.pages.length ?? 0,
      captureSamplesPerPage: '5–9 batched samples per function, each ≥ 20 ms of calls',
      clickToForm: CLICK_RUNS,
      saveClickToStored: SAVE_RUNS,
      import10k: BACKUP_RUNS,
      export10k: BACKUP_RUNS,
      sidepanelFirstRender: FIRST_RENDER_RUNS,
      searchKeystrokesTimed: (details.sidepanel as SidepanelResults['details'] | undefined)?.search.measured ?? 0,
      memory: MEMORY_RUNS,
    },
    ...results,
    targets: Object.fromEntries(
      TARGETS.map((t) => {
        const value = valueAt(results, t.metric);
        return [t.metric, { target: `${t.op} ${t.value}`, met: value === undefined ? null : t.op === '≥' ? value >= t.value : value <= t.value }];
      }),
    ),
    errors,
    warnings,
    details,
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(RESULTS, JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(`\n${table(results, machineLine(machine), errors, warnings)}\n\nWritten to bench/results.json\n`);
  return Object.keys(errors).length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`benchmark broke: ${error instanceof Error ? error.stack : error}\n`);
    process.exit(1);
  },
);
