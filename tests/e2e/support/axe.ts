// axe-core (from npm) run inside a page, in light and dark (prefers-color-scheme emulated). Its
// default rules run, best practices included; every violation of any impact is returned.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  where: string;
  id: string;
  impact: string | null;
  nodes: string[];
}

declare const axe: {
  run(
    context: Document,
    options: object,
  ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[]; failureSummary?: string }[] }[]; passes: unknown[] }>;
};

/**
 * The violations on `page` as it is now, in light and then dark. axe is evaluated through the
 * DevTools protocol, which extension pages' Content-Security-Policy does not restrict.
 */
export async function auditBothSchemes(page: Page, where: string): Promise<Violation[]> {
  const found: Violation[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
    const { violations, passed, dark } = await page.evaluate(async () => {
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return {
        violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) })),
        passed: result.passes.length,
        dark: matchMedia('(prefers-color-scheme: dark)').matches,
      };
    });
    // A run that checked nothing, or in the wrong scheme, would pass for the wrong reason.
    if (passed < 10 || dark !== (scheme === 'dark')) throw new Error(`axe did not run as asked on ${where} (${scheme}): ${passed} rules passed, dark=${dark}`);
    found.push(...violations.map((v) => ({ where: `${where} (${scheme})`, ...v })));
  }
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  return found;
}
