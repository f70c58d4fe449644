// Bundles one of scripts/bench/entries/* with the app's own modules into a classic script (IIFE)
// that a page can evaluate. esbuild comes with tsx and vite; the extension itself is built by WXT.
import { resolve } from 'node:path';
import { build } from 'esbuild';

const ENTRIES = resolve(import.meta.dirname, '../entries');

/**
 * The entry's source, bundled, minified like the production build, for Chromium. The entry puts
 * what it exposes on `globalThis.__msBench`.
 */
export async function bundleEntry(name: 'capture-page' | 'store-page'): Promise<string> {
  const result = await build({
    entryPoints: [resolve(ENTRIES, `${name}.ts`)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0].text;
}
