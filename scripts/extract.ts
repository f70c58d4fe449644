// npm run --silent extract -- <page.html> [--url <url the page was saved from>]
// Prints one JSON object: {"found": false, "reason": "..."} or {"found": true, "profile": {...}}.
// Exits 0 whenever it could read the page; non-zero only for a usage or file error.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { extractProfile } from '../utils/extract';
import { documentFromHtml, statedPageUrl } from './lib/node-dom';

const USAGE = 'usage: npm run --silent extract -- <page.html> [--url <url the page was saved from>]';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function parseArgs(argv: string[]): { file: string; url: string | null } {
  let file: string | null = null;
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url') {
      url = argv[++i] ?? fail(`--url needs a value\n${USAGE}`, 2);
    } else if (arg.startsWith('--url=')) {
      url = arg.slice('--url='.length);
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}\n${USAGE}`, 2);
    } else if (file === null) {
      file = arg;
    } else {
      fail(`only one page at a time\n${USAGE}`, 2);
    }
  }
  if (!file) fail(USAGE, 2);
  if (url !== null && !/^https?:\/\//i.test(url)) fail(`--url must be an http(s) address: ${url}`, 2);
  return { file, url };
}

const { file, url } = parseArgs(process.argv.slice(2));
let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`, 1);
}

const fileUrl = pathToFileURL(resolve(file)).href;
// Without --url, trust what the page says about its own address, else treat it as a local file.
const pageUrl = url ?? statedPageUrl(documentFromHtml(html, fileUrl)) ?? fileUrl;
const result = extractProfile(documentFromHtml(html, pageUrl), pageUrl);
const output = result.found ? { found: true, profile: result.profile } : { found: false, reason: result.reason };
process.stdout.write(`${JSON.stringify(output)}\n`);
