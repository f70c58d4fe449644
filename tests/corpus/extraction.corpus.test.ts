// Accuracy of the extractor on the real saved pages in ../shared/fixtures (CI has that folder).
// The figures only move up: the test fails when a metric falls below accuracy-baseline.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../utils/extract';
import { documentFromHtml } from '../../scripts/lib/node-dom';
import { accuracy, corpusAvailable, FIXTURES_DIR, loadCases, readCasePage, scoreCase, type CaseReport, type Metric } from './corpus';

const baseline = JSON.parse(readFileSync(new URL('./accuracy-baseline.json', import.meta.url), 'utf8')) as Record<Metric, number>;

if (!corpusAvailable()) {
  describe('extraction accuracy on ../shared/fixtures', () => {
    it.skip(`skipped: no saved pages at ${FIXTURES_DIR} (set MENTOR_SCOUT_FIXTURES to point elsewhere)`, () => {});
  });
} else {
  describe('extraction accuracy on ../shared/fixtures', () => {
    const reports: CaseReport[] = loadCases().map((testCase) =>
      scoreCase(testCase, extractProfile(documentFromHtml(readCasePage(testCase), testCase.url), testCase.url)),
    );
    const figures = accuracy(reports);

    // The keys cases-2026.json adds print beside the old ones, on the same lines' shape.
    const lines = Object.entries(figures).map(
      ([metric, f]) => `${metric.padEnd(15)} ${(100 * f.share).toFixed(1).padStart(5)} %  (${f.right}/${f.total}; floor ${(100 * (baseline[metric as Metric] ?? 0)).toFixed(1)} %)`,
    );
    const misses = reports.flatMap((r) => [
      ...(r.noProfileOk === false ? [`${r.testCase.page}: no-profile page read as a profile`] : []),
      ...r.scores.filter((s) => !s.ok).map((s) => `${r.testCase.page}: ${s.field} expected "${s.expected}" got "${s.actual}"`),
    ]);
    console.log(`Extraction accuracy over ${reports.length} saved pages:\n${lines.join('\n')}\n\nMisses:\n${misses.join('\n') || '(none)'}`);

    for (const metric of Object.keys(baseline) as Metric[]) {
      it(`${metric} stays at or above its recorded floor`, () => {
        expect(figures[metric]?.share ?? 0).toBeGreaterThanOrEqual(baseline[metric]);
      });
    }
  });
}
