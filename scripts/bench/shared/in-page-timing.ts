// Timing inside a page (bundled into the page scripts, not run by Node). Browsers round
// performance.now() to 0.1 ms (5 µs with cross-origin isolation, which these pages lack), so work
// shorter than a few milliseconds is timed in batches: one sample = many calls, divided.
import { median } from './stats';

export interface BatchedTiming {
  /** Median over samples of (batch time / calls in the batch), in ms. */
  perCallMs: number;
  /** Every sample's per-call time, in ms. */
  samples: number[];
  /** Calls per sample. */
  batch: number;
}

export interface BatchOptions {
  /** Samples wanted (fewer, but at least `minSamples`, when one sample is slow: see `budgetMs`). */
  samples?: number;
  minSamples?: number;
  /** Shortest sample: 200 clock ticks of 0.1 ms keep the rounding under 0.5%. */
  minSampleMs?: number;
  /** Time allowed for all samples of one function; keeps Readability on a 1 MB page to a few seconds. */
  budgetMs?: number;
  warmup?: number;
}

/**
 * Times `fn` per call: warm-up calls (so the JIT has compiled it), then batches of enough calls to
 * last `minSampleMs` each. Returns the median per-call time. `sink` keeps results alive so the
 * work cannot be optimised away.
 */
export function timeBatched(fn: () => unknown, options: BatchOptions = {}): BatchedTiming {
  const { samples = 9, minSamples = 5, minSampleMs = 20, budgetMs = 3000, warmup = 3 } = options;
  const sink: unknown[] = [];
  let single = Infinity;
  for (let i = 0; i < warmup; i++) {
    const t0 = performance.now();
    sink.push(fn());
    single = Math.min(single, performance.now() - t0);
  }
  // A warm call under one clock tick reads as 0: assume one tick so the batch stays finite.
  const perCallGuess = Math.max(single, 0.1);
  const batch = Math.max(1, Math.ceil(minSampleMs / perCallGuess));
  const count = Math.max(minSamples, Math.min(samples, Math.floor(budgetMs / (batch * perCallGuess))));
  const perCall: number[] = [];
  for (let s = 0; s < count; s++) {
    sink.length = 0;
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) sink.push(fn());
    perCall.push((performance.now() - t0) / batch);
  }
  return { perCallMs: median(perCall), samples: perCall, batch };
}
