import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * A DOM built in Node from saved HTML, as the CLI and the tests read pages. No script runs, no
 * resource loads, and page errors stay quiet: the extractor sees the markup as saved.
 */
export function documentFromHtml(html: string, url: string): Document {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return dom.window.document;
}

/** The address a saved page says it was saved from (canonical link, og:url), if it says so. */
export function statedPageUrl(doc: Document): string | null {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (candidate && /^https?:\/\//i.test(candidate.trim())) return candidate.trim();
  }
  return null;
}
