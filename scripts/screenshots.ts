// README screenshots of the popup and the side panel, made from the built extension in Debian's
// Chromium on invented pages and invented people (tests/e2e/support/sample-data.ts), in light and
// dark. Run: npm run screenshots (builds first). Writes docs/screenshots/*.png.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launch, pressToolbarButton } from '../tests/e2e/harness';
import { SAMPLE_PEOPLE, seedSampleData } from '../tests/e2e/support/sample-data';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs/screenshots');
/** An invented CV page (tests/fixtures/generic, made up for this project) at an invented address. */
const SAMPLE_URL = 'https://tomasz-wielgus.example/cv';
const SAMPLE_PAGE = 'tests/fixtures/generic/hresume-cv.html';
const PANEL = { width: 400, height: 720 };
const SCHEMES = ['light', 'dark'] as const;

async function shoot(page: Page, name: string): Promise<void> {
  for (const scheme of SCHEMES) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await new Promise((r) => setTimeout(r, 150));
    const path = join(OUT, `${name}-${scheme}.png`);
    await page.screenshot({ path });
    console.log(`${path.slice(ROOT.length + 1)} (${Math.round(statSync(path).size / 1024)} KB)`);
  }
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.innerText.includes('Loading'), { timeout: 15_000 });
}

async function main(): Promise<void> {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
  mkdirSync(OUT, { recursive: true });
  const h = await launch();
  try {
    // The side panel as an extension tab the size of a panel, on invented people.
    const panel = await h.openExtensionPage('sidepanel.html');
    await panel.setViewport(PANEL);
    await seedSampleData(panel);
    await panel.reload({ waitUntil: 'domcontentloaded' });
    await panel.waitForSelector('.person-row');
    await settled(panel);
    await shoot(panel, 'side-panel-people');

    const open = async (id: string, name: string) => {
      await panel.evaluate((personId) => (location.hash = `person=${encodeURIComponent(personId)}`), id);
      await panel.waitForFunction((n) => document.querySelector('h1')?.textContent === n, { timeout: 15_000 }, name);
      await settled(panel);
      await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    };
    const saved = SAMPLE_PEOPLE.find((p) => p.status === 'saved')!;
    await open(saved.id, saved.name);
    await shoot(panel, 'side-panel-drafting');
    const mentoring = SAMPLE_PEOPLE.find((p) => p.status === 'mentoring')!;
    await open(mentoring.id, mentoring.name);
    await shoot(panel, 'side-panel-mentoring');
    await panel.close();

    // The real toolbar popup on the invented CV page.
    h.serve(SAMPLE_URL, readFileSync(join(ROOT, SAMPLE_PAGE), 'utf8'));
    const tab = await h.open(SAMPLE_URL);
    const popup = await pressToolbarButton(h, tab);
    await popup.waitForFunction(() => (document.querySelector('input[name="name"]') as HTMLInputElement | null)?.value, { timeout: 30_000 });
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shoot(popup, 'popup-review');
  } finally {
    await h.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
