// One Firefox per test file: Debian's firefox-esr, headful on a private Xvfb display, driven by
// puppeteer-core over WebDriver BiDi, with the Firefox build (.output/firefox-mv2) installed as a
// temporary add-on. What BiDi can and cannot reach decides the shape of every Firefox test (see
// tests/e2e/firefox/README.md):
// - It sees tabs only: not the background page, the toolbar popup or the sidebar.
// - It refuses to navigate a tab to moz-extension://, but a tab the extension opens itself is
//   reachable, with the extension's APIs. The welcome page the extension opens on install is that
//   tab (`door`); from it the extension opens its other pages in tabs of their own.
// - Its key presses never reach browser commands: the real shortcut is pressed with xdotool on the
//   display (`display.key('alt+shift+m')`).
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { startDisplay, type Display } from './display';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** browser_specific_settings.gecko.id in wxt.config.ts. */
const GECKO_ID = 'mentor-scout@example.org';

/**
 * Firefox's own traffic switched off, so that whatever still reaches the network is the
 * extension's or the test's. puppeteer already points updates, telemetry, safe browsing and
 * remote settings at a dummy host; these cover what it leaves on.
 */
export const QUIET_PREFS: Record<string, unknown> = {
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.aboutwelcome.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'browser.places.speculativeConnect.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.geoip.url': '',
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.speculativeConnect.enabled': false,
  'captivedetect.canonicalURL': '',
  'datareporting.policy.firstRunURL': '',
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.showPane': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'identity.fxaccounts.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.http.http3.enable': false,
  'network.predictor.enabled': false,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  // Remote settings (firefox.settings.services.mozilla.com): a release build ignores this pref
  // unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1 is in the environment (QUIET_ENV); with both, and in
  // automation, it skips remote activity altogether.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
};

/** Environment that lets QUIET_PREFS take effect (see services.settings.server). */
export const QUIET_ENV = { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', MOZ_CRASHREPORTER_DISABLE: '1' };

export interface FirefoxHarness {
  browser: Browser;
  display: Display;
  /** moz-extension://<uuid> (the uuid is fixed by a pref, so it is known before install). */
  origin: string;
  /** The extension's own tab opened on install (the welcome page): the way into its pages. */
  door: Page;
  /** Answers `url` (any query or hash ignored) with this HTML in every tab opened with `open`. */
  serve: (url: string, html: string) => void;
  /** A new tab at `url`, its requests answered from what `serve` registered (all else refused). */
  open: (url: string) => Promise<Page>;
  /** An extension page (sidepanel.html…) that the extension opens in a tab of its own. */
  openExtensionPage: (path: string) => Promise<Page>;
  downloads: string;
  close: () => Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Prefs on top of the harness's own (e.g. a proxy for the privacy test). */
  prefs?: Record<string, unknown>;
}

const key = (url: string) => url.replace(/[?#].*$/, '');

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`Build the Firefox extension first (npm run build:firefox): ${FIREFOX_EXTENSION_DIR} is missing`);
  }
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const profile = mkdtempSync(join(tmpdir(), 'mentor-scout-firefox-'));
  const downloads = mkdtempSync(join(tmpdir(), 'mentor-scout-firefox-downloads-'));
  const display = await startDisplay();
  let firefox: Browser | undefined;
  try {
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: false,
      userDataDir: profile,
      env: { ...process.env, ...QUIET_ENV, DISPLAY: display.name },
      args: ['--width=1200', '--height=850'],
      extraPrefsFirefox: {
        ...QUIET_PREFS,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        // permissions.request from a real click answers without the doorhanger a test cannot press.
        'extensions.webextOptionalPermissionPrompts': false,
        // navigator.clipboard.readText() otherwise waits for a paste menu the user would click.
        'dom.events.testing.asyncClipboard': true,
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
        // Under Xvfb there is no desktop notification service: through it, a notification is closed
        // as soon as it is created. Firefox's own alert window shows it instead (onShown fires).
        'alerts.useSystemBackend': false,
        ...options.prefs,
      },
    });
    const before = new Set(await firefox.pages());
    await firefox.installExtension(FIREFOX_EXTENSION_DIR);
    const door = await extensionTab(firefox, origin, before, () => true);
    const pages = new Map<string, string>();

    const answer = (request: HTTPRequest) => {
      if (request.isInterceptResolutionHandled()) return;
      const body = pages.get(key(request.url()));
      if (body !== undefined && request.isNavigationRequest()) {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      } else if (/^(data|blob|moz-extension|about):/.test(request.url())) {
        void request.continue();
      } else {
        // Nothing leaves the machine: LinkedIn's scripts, images and trackers are refused.
        void request.abort('blockedbyclient');
      }
    };

    const b = firefox;
    return {
      browser: b,
      display,
      origin,
      door,
      downloads,
      serve: (url, html) => void pages.set(key(url), html),
      open: async (url) => {
        const page = await b.newPage();
        await page.setRequestInterception(true);
        page.on('request', answer);
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        return page;
      },
      openExtensionPage: async (path) => {
        const url = `${origin}/${path}`;
        const existing = new Set(await b.pages());
        await door.evaluate((u) => void browser.tabs.create({ url: u }), url);
        return extensionTab(b, origin, existing, (href) => href === url);
      },
      close: async () => {
        await b.close().catch(() => {});
        await display.stop();
        rmSync(profile, { recursive: true, force: true });
        rmSync(downloads, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await firefox?.close().catch(() => {});
    await display.stop();
    rmSync(profile, { recursive: true, force: true });
    rmSync(downloads, { recursive: true, force: true });
    throw error;
  }
}

/** The WebExtension API inside Firefox's extension pages (the same shapes as Chrome's, with promises). */
declare const browser: typeof chrome;

/**
 * Waits for the toolbar popup's window on the display (Firefox draws it as a top-level window of
 * its own, of the popup's size). Its content is out of reach: BiDi does not list it, and X input
 * stays with the main window, so any key or click closes it. What it did is checked by its effects.
 */
export async function waitForToolbarPopup(h: FirefoxHarness, timeoutMs = 15_000): Promise<{ width: number; height: number }> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const popup = (await h.display.windows('^Firefox$')).find((w) => w.width >= 300 && w.height >= 200);
    if (popup) return popup;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the toolbar popup did not open');
}

/**
 * A tab not in `before` whose document is one of the extension's pages and whose address passes
 * `accept`. Its `url()` can still read about:blank after the extension opened it, so the document's
 * own `location.href` is asked.
 */
async function extensionTab(firefox: Browser, origin: string, before: Set<Page>, accept: (href: string) => boolean, timeoutMs = 30_000): Promise<Page> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    for (const page of await firefox.pages()) {
      if (before.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${origin}/`) && accept(href)) {
        await page.waitForFunction(() => document.readyState === 'complete', { timeout: 15_000 });
        return page;
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no extension tab opened within ${timeoutMs} ms (is the welcome page opened on install?)`);
}
