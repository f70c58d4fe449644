// bundle.*: what a capture injects into the page, gzipped (level 9, as a store or CDN would), and
// the Chrome store zip. Node only: these are file sizes of the built extension.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../../tests/e2e/harness';

const OUTPUT_DIR = resolve(EXTENSION_DIR, '..');

export interface InjectedSize {
  /** Every file injected for one capture: the script and any chunk it loads. */
  files: string[];
  rawBytes: number;
  gzBytes: number;
}

export interface BundleResults {
  linkedinInjectedGzBytes: number;
  genericInjectedGzBytes: number;
  zipBytes: number;
  details: { linkedin: InjectedSize; generic: InjectedSize; zipFile: string };
}

/**
 * Files a built script pulls in: static or dynamic imports and importScripts of other files in the
 * build. `scripting.executeScript({ files })` runs a classic script, so WXT inlines everything and
 * this is normally empty; it is checked, not assumed.
 */
function importedFiles(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bimport\s*\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g,
    /\bimport\s+(?:[\w*{}\s,$]+\s+from\s+)?["'`]([^"'`]+\.js)["'`]/g,
    /\bimportScripts\s*\(\s*["'`]([^"'`]+\.js)["'`]/g,
    /\bgetURL\s*\(\s*["'`]([^"'`]+\.js)["'`]/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.add(match[1].replace(/^\.?\//, ''));
  return [...found];
}

export function injectedSize(script: string): InjectedSize {
  const files: string[] = [];
  const queue = [script];
  while (queue.length) {
    const file = queue.shift()!;
    if (files.includes(file)) continue;
    files.push(file);
    queue.push(...importedFiles(readFileSync(join(EXTENSION_DIR, file), 'utf8')));
  }
  let rawBytes = 0;
  let gzBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(EXTENSION_DIR, file));
    rawBytes += bytes.length;
    gzBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, rawBytes, gzBytes };
}

/** The newest `*-chrome.zip` that `wxt zip` wrote. */
function chromeZip(): string {
  const zips = readdirSync(OUTPUT_DIR)
    .filter((f) => f.endsWith('-chrome.zip'))
    .map((f) => join(OUTPUT_DIR, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!zips.length) throw new Error(`no *-chrome.zip in ${OUTPUT_DIR}: run npx wxt zip`);
  return zips[0];
}

export function benchBundle(): BundleResults {
  const linkedin = injectedSize('capture-linkedin.js');
  const generic = injectedSize('capture-page.js');
  const zip = chromeZip();
  return {
    linkedinInjectedGzBytes: linkedin.gzBytes,
    genericInjectedGzBytes: generic.gzBytes,
    zipBytes: statSync(zip).size,
    details: { linkedin, generic, zipFile: zip.slice(OUTPUT_DIR.length + 1) },
  };
}
