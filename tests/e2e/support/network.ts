// Recording every network request of a test browser, two independent ways:
//  - Chromium's own net-log (--log-net-log), which sees every request that reaches the network
//    stack, from any process: pages, the extension's pages and service worker, the browser itself.
//    tests/e2e/harness.ts launches CHROMIUM_PATH with fixed arguments, so the flag is added by a
//    launcher script of our own (see withNetLog), set as CHROMIUM_PATH before the harness loads.
//  - The DevTools protocol's Network domain, attached to every extension target (service worker,
//    popup, side panel, extension tabs) as it appears, and the test tabs' own request events with
//    their initiator (which names the extension's script when a capture script makes a request).
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession, HTTPRequest, Page, Target } from 'puppeteer-core';

export interface NetLogSetup {
  file: string;
  /** Removes the launcher script and the log. */
  cleanup: () => void;
}

/**
 * Writes a launcher that runs Chromium with a net-log to a new file, and points CHROMIUM_PATH at
 * it. Call before importing ./harness (which reads CHROMIUM_PATH once, when it loads).
 */
export function withNetLog(chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): NetLogSetup {
  const dir = mkdtempSync(join(tmpdir(), 'mentor-scout-netlog-'));
  const file = join(dir, 'net-log.json');
  const launcher = join(dir, 'chromium-with-net-log');
  writeFileSync(launcher, `#!/bin/sh\nexec ${JSON.stringify(chromium)} --log-net-log=${JSON.stringify(file)} --net-log-capture-mode=Default "$@"\n`);
  chmodSync(launcher, 0o755);
  process.env.CHROMIUM_PATH = launcher;
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface LoggedRequest {
  id: number;
  url: string;
  method: string;
  /** The origin that started it ("not an origin" for the browser itself), when it reached the network stack. */
  initiator: string;
  networkIsolationKey: string;
  siteForCookies: string;
  /** False when it never reached the network stack (cut off by the test's request interception). */
  started: boolean;
}

/** The requests of a finished net-log (the browser must be closed: the file is completed at exit). */
export function readNetLog(file: string): LoggedRequest[] {
  let text = readFileSync(file, 'utf8');
  let log: { constants: { logEventTypes: Record<string, number> }; events: { type: number; source: { id: number }; params?: Record<string, unknown> }[] };
  try {
    log = JSON.parse(text);
  } catch {
    // A browser that did not exit cleanly leaves the events list open: close it after the last full event.
    text = text.slice(0, text.lastIndexOf('},') + 1) + ']}';
    log = JSON.parse(text);
  }
  const type = log.constants.logEventTypes;
  const requests = new Map<number, LoggedRequest>();
  const entry = (id: number) => {
    let request = requests.get(id);
    if (!request) {
      request = { id, url: '', method: '', initiator: '', networkIsolationKey: '', siteForCookies: '', started: false };
      requests.set(id, request);
    }
    return request;
  };
  for (const event of log.events) {
    const params = event.params ?? {};
    if (event.type === type.CORS_REQUEST && typeof params.url === 'string') entry(event.source.id).url ||= params.url;
    if (event.type === type.URL_REQUEST_START_JOB && typeof params.url === 'string') {
      const request = entry(event.source.id);
      Object.assign(request, {
        url: request.url || params.url,
        method: String(params.method ?? ''),
        initiator: String(params.initiator ?? ''),
        networkIsolationKey: String(params.network_isolation_key ?? ''),
        siteForCookies: String(params.site_for_cookies ?? ''),
        started: true,
      });
    }
  }
  return [...requests.values()].filter((r) => r.url);
}

/** Whether a logged request was made on behalf of the extension (its origin, or its isolation key or cookie site). */
export function byExtension(request: LoggedRequest, extensionId: string): boolean {
  const origin = `chrome-extension://${extensionId}`;
  return [request.initiator, request.networkIsolationKey, request.siteForCookies].some((value) => value.includes(origin));
}

export interface SeenRequest {
  /** Where it was seen: the extension target's URL, or "tab <url>" for a test tab. */
  where: string;
  url: string;
  /** Script URLs on the initiator's stack, or the initiator URL. */
  initiatedBy: string[];
}

const NOT_NETWORK = /^(chrome-extension|data|blob|about|chrome|devtools):/i;

/**
 * Attaches to every extension target now and later (service worker, popup, side panel, extension
 * tabs) and records each request they make that is not chrome-extension://, data:, blob: or about:.
 */
export async function recordExtensionTargets(browser: Browser, extensionId: string): Promise<{ seen: SeenRequest[]; stop: () => Promise<void> }> {
  const seen: SeenRequest[] = [];
  const sessions: CDPSession[] = [];
  const attached = new Set<Target>();
  const prefix = `chrome-extension://${extensionId}/`;
  const attach = async (target: Target) => {
    if (attached.has(target) || !target.url().startsWith(prefix)) return;
    attached.add(target);
    try {
      const session = await target.createCDPSession();
      sessions.push(session);
      session.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator?: { url?: string; stack?: { callFrames: { url: string }[] } } }) => {
        if (NOT_NETWORK.test(event.request.url)) return;
        seen.push({ where: target.url(), url: event.request.url, initiatedBy: initiatorUrls(event.initiator) });
      });
      await session.send('Network.enable');
    } catch {
      // The target closed before we could attach (a popup closing itself): nothing more to record.
    }
  };
  const onTarget = (target: Target) => void attach(target);
  browser.on('targetcreated', onTarget);
  browser.on('targetchanged', onTarget);
  for (const target of browser.targets()) await attach(target);
  return {
    seen,
    stop: async () => {
      browser.off('targetcreated', onTarget);
      browser.off('targetchanged', onTarget);
      await Promise.all(sessions.map((s) => s.detach().catch(() => {})));
    },
  };
}

function initiatorUrls(initiator: { url?: string; stack?: { callFrames: { url: string }[]; parent?: unknown } } | undefined): string[] {
  const urls = new Set<string>();
  if (initiator?.url) urls.add(initiator.url);
  let stack = initiator?.stack as { callFrames: { url: string }[]; parent?: unknown } | undefined;
  while (stack) {
    for (const frame of stack.callFrames) if (frame.url) urls.add(frame.url);
    stack = stack.parent as typeof stack;
  }
  return [...urls];
}

/** Records a test tab's requests with what initiated them (to find any made by an injected script). */
export function recordTab(page: Page, seen: SeenRequest[]): void {
  page.on('request', (request: HTTPRequest) => {
    const initiator = request.initiator() as Parameters<typeof initiatorUrls>[0];
    seen.push({ where: `tab ${page.url()}`, url: request.url(), initiatedBy: initiatorUrls(initiator) });
  });
}
