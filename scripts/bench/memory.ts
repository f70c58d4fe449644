// memory.*: the side panel's JavaScript heap with 10,000 people listed, after a full GC.
import type { Harness } from '../../tests/e2e/harness';
import { loadPanel, newPanelTab } from './shared/side-panel';
import { median, round } from './shared/stats';

export const MEMORY_RUNS = 3;
const MiB = 1024 * 1024;

export interface MemoryResults {
  sidepanelHeapMb10k: number;
  details: { usedMiB: number[]; jsHeapUsedSizeMiB: number[]; totalMiB: number[] };
}

export async function benchMemory(h: Harness): Promise<MemoryResults> {
  const used: number[] = [];
  const metric: number[] = [];
  const total: number[] = [];
  for (let run = 0; run < MEMORY_RUNS; run++) {
    // A tab of its own each time, so nothing of an earlier panel is left in the heap.
    const page = await newPanelTab(h);
    await loadPanel(h, page);
    await new Promise((r) => setTimeout(r, 1000)); // effects after the first paint (fit scores, observers) settle
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    used.push(usage.usedSize / MiB);
    total.push(usage.totalSize / MiB);
    metric.push((metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN) / MiB);
    await cdp.detach();
    await page.close();
  }
  return {
    sidepanelHeapMb10k: round(median(used), 1),
    details: { usedMiB: used.map((v) => round(v, 1)), jsHeapUsedSizeMiB: metric.map((v) => round(v, 1)), totalMiB: total.map((v) => round(v, 1)) },
  };
}
