// Which elements hide their text from a reader, decided from the markup alone (issue #9, item 10).
// No layout API (getComputedStyle, innerText, checkVisibility): the CLI and the tests read pages in
// jsdom, where there is no layout, and the browser must give the same answer. So only what the
// element says about itself counts: the `hidden` attribute and an inline `display:none` or
// `visibility:hidden|collapse`. Stylesheets are not read (a class that hides text stays unknown).
//
// `aria-hidden` is deliberately NOT hiding: LinkedIn's 2022-24 pages put the text a reader sees in
// `span[aria-hidden="true"]` and a screen-reader copy beside it (selectors.ts, ENTITY_LINE).

/** An inline declaration that hides the element and everything in it. */
const HIDING_DECLARATION = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!\s*important\s*)?(?:;|$)/i;

/**
 * A selector that every hidden element matches (and a few visible ones: `display:none-ish` words in
 * other declarations): one native query tells whether a subtree can hold hidden text at all.
 */
export const MAYBE_HIDDEN = '[hidden], [style*="none" i], [style*="hidden" i], [style*="collapse" i]';

/** Tags whose content is never shown as text: template contents, scripts, styles. */
const NEVER_SHOWN = /^(template|script|style)$/;

/** True when `el` hides itself and its subtree: `hidden` attribute, inline display:none / visibility:hidden, template/script/style. */
export function isHiddenElement(el: Element): boolean {
  if (NEVER_SHOWN.test(el.localName)) return true;
  // Most elements have no attribute at all: one cheap question instead of two lookups.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_DECLARATION.test(style.replace(/\/\*[\s\S]*?\*\//g, ''));
}

/**
 * A test for "is this node inside a hidden element (below `stop`)?" that remembers what it learnt
 * about each ancestor, so asking for many nodes of one page costs one climb per element overall,
 * however deep the page (a hostile page can hold thousands of candidate lines).
 */
export function insideHiddenTest(stop: Node | null = null): (node: Node) => boolean {
  const known = new Map<Element, boolean>();
  return (node) => {
    const path: Element[] = [];
    let hidden = false;
    for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== stop; el = el.parentElement) {
      const answer = known.get(el);
      if (answer !== undefined) {
        hidden = answer;
        break;
      }
      path.push(el);
      if (isHiddenElement(el)) {
        hidden = true;
        break;
      }
    }
    for (const el of path) known.set(el, hidden);
    return hidden;
  };
}
