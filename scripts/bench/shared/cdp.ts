// Evaluating bench code in a page the way an injected extension script runs. The browser itself is
// tests/e2e/harness.ts's.
import type { Page } from 'puppeteer-core';

/**
 * Evaluates `source` in a fresh isolated world of the page's main frame: the same DOM, its own
 * globals, and not bound by the page's Content-Security-Policy — how an injected extension script
 * runs. Returns a function that evaluates expressions there (promises awaited, values by value).
 */
export async function isolatedWorld(page: Page, source: string, name = 'mentor-scout-bench'): Promise<<T>(expression: string) => Promise<T>> {
  const cdp = await page.createCDPSession();
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: name });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`in page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  };
  await evaluate(source);
  return evaluate;
}
