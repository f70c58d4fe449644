import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { captureTab, hasLinkedInAccess, requestLinkedInAccess, type CaptureOutcome } from '../utils/capture/capture-tab';
import { isLinkedInUrl } from '../utils/extract/profile-url';
import { Notice } from './Notice';
import { ReadingPage } from './ReadingPage';
import { ViewHeading } from './ViewHeading';
import { ReviewAndSave } from './ReviewAndSave';

type Tab = { id: number; url: string };
type Stage = { kind: 'idle' } | { kind: 'needs-permission'; tab: Tab } | { kind: 'reading'; tab: Tab } | { kind: 'review'; outcome: CaptureOutcome };

const NOT_FROM_PANEL =
  'The side panel can read LinkedIn pages only. On this page, click the Mentor Scout button in the toolbar (that gives it access to this one tab), or enter the person by hand.';

const BY_HAND: CaptureOutcome = { found: false, reason: '', sourceUrl: '', canEnterByHand: true };

/**
 * Saving from the side panel: used when the popup cannot open (the context menu's fallback, with the
 * tab it granted) and for "Read the profile in this tab". A click inside the panel grants no
 * activeTab, so LinkedIn is read only with the optional LinkedIn permission, asked for on first use.
 */
export function CaptureReview({ tabId, onOpenPerson, onCancel }: { tabId?: number; onOpenPerson: (id: string) => void; onCancel: () => void }) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);

  const read = async (tab: Tab) => {
    setStage({ kind: 'reading', tab });
    const outcome = await captureTab(tab);
    // Entering the person by hand meanwhile wins over a late answer.
    setStage((current) => (current.kind === 'reading' ? { kind: 'review', outcome } : current));
  };

  const start = async () => {
    const [tab] = tabId !== undefined ? [await browser.tabs.get(tabId)] : await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) {
      setProblem('There is no page to read in this window.');
      return;
    }
    // Without access to a tab the browser hides its address (there is no "tabs" permission): from
    // the side panel that is every LinkedIn page until the LinkedIn permission is granted, so ask
    // for it first and look again (issue #12: this said "no page to read" on LinkedIn).
    if (!tab.url) {
      if (tabId === undefined && !(await hasLinkedInAccess())) setStage({ kind: 'needs-permission', tab: { id: tab.id, url: '' } });
      else setProblem(NOT_FROM_PANEL);
      return;
    }
    const target = { id: tab.id, url: tab.url };
    if (tabId === undefined && isLinkedInUrl(tab.url) && !(await hasLinkedInAccess())) {
      setStage({ kind: 'needs-permission', tab: target });
      return;
    }
    await read(target);
  };

  useEffect(() => {
    if (tabId !== undefined) void start();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tabId]);

  const grant = async (tab: Tab) => {
    // Straight from the click: the permission prompt needs the user gesture.
    if (!(await requestLinkedInAccess())) {
      setProblem('Without that permission the side panel cannot read LinkedIn. The toolbar button always can: click it on the profile.');
      return;
    }
    // An address hidden before the permission shows now if the tab is on LinkedIn.
    const url = tab.url || (await browser.tabs.get(tab.id)).url;
    if (url) await read({ id: tab.id, url });
    else setProblem(NOT_FROM_PANEL);
  };

  return (
    <section className="stack" aria-labelledby="capture-title">
      <ViewHeading id="capture-title">Save a profile</ViewHeading>
      {problem && <Notice tone="bad">{problem}</Notice>}
      {stage.kind === 'idle' && (
        <>
          <p className="muted">Reads the profile in the current tab once, when you click. Nothing is read before.</p>
          <div className="row">
            <button type="button" className="primary" onClick={() => void start()}>
              Read the profile in this tab
            </button>
            <button type="button" onClick={() => setStage({ kind: 'review', outcome: BY_HAND })}>
              Enter someone by hand
            </button>
          </div>
        </>
      )}
      {stage.kind === 'needs-permission' && (
        <Notice>
          <p>To read LinkedIn from the side panel, Mentor Scout needs your permission for linkedin.com. It reads a page only when you click, and never changes it.</p>
          <div className="row">
            <button type="button" className="primary" onClick={() => void grant(stage.tab)}>
              Allow reading LinkedIn
            </button>
            <button type="button" onClick={onCancel}>
              Not now
            </button>
          </div>
        </Notice>
      )}
      {stage.kind === 'reading' && <ReadingPage onEnterByHand={() => setStage({ kind: 'review', outcome: { ...BY_HAND, sourceUrl: stage.tab.url } })} />}
      {stage.kind === 'review' && <ReviewAndSave outcome={stage.outcome} onOpenPerson={onOpenPerson} openLabel="Open" />}
    </section>
  );
}
