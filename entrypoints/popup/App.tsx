import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Notice } from '../../components/Notice';
import { ReadingPage } from '../../components/ReadingPage';
import { ReviewAndSave } from '../../components/ReviewAndSave';
import { captureTab, type CaptureOutcome } from '../../utils/capture/capture-tab';
import { openSidePanel, type PanelTarget } from '../../utils/ui/side-panel';

interface ActiveTab {
  id: number;
  url: string;
  windowId: number;
}

const NO_PAGE: CaptureOutcome = { found: false, reason: 'There is no page open in this window. You can enter the person by hand.', sourceUrl: '', canEnterByHand: true };

/**
 * The toolbar popup: reads the page the user is on (the click granted activeTab for it), shows what
 * was found for review, and saves it. Nothing is read before the click, and nothing is sent anywhere.
 */
export function App() {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [outcome, setOutcome] = useState<CaptureOutcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The person this page is already saved as: the panel button then opens them, not the list.
  const [known, setKnown] = useState<string | null>(null);

  useEffect(() => {
    (async () => {
      const [current] = await browser.tabs.query({ active: true, currentWindow: true });
      const active = current?.id !== undefined && current.url ? { id: current.id, url: current.url, windowId: current.windowId } : null;
      setTab(active);
      const read = active ? await captureTab(active) : NO_PAGE;
      // The user may have chosen to enter the person by hand meanwhile: their form stays.
      setOutcome((chosen) => chosen ?? read);
    })();
  }, []);

  const openPanel = (target: PanelTarget) => {
    if (!tab) return;
    openSidePanel(tab.windowId, target)
      .then(() => window.close())
      .catch(() => setProblem('The side panel could not be opened here. Open it from the browser’s side panel menu.'));
  };

  return (
    <main className="stack popup">
      <div className="row">
        <h1 className="grow">Mentor Scout</h1>
        <button type="button" onClick={() => openPanel(known ? { view: 'person', personId: known } : { view: 'list' })}>
          Open side panel
        </button>
      </div>
      {problem && <Notice tone="bad">{problem}</Notice>}
      {outcome ? (
        <ReviewAndSave
          outcome={outcome}
          onOpenPerson={(personId) => openPanel({ view: 'person', personId })}
          onExisting={(person) => setKnown(person.id)}
          openLabel="Draft a request"
          focusOnOpen
        />
      ) : (
        <ReadingPage onEnterByHand={() => setOutcome({ found: false, reason: '', sourceUrl: tab?.url ?? '', canEnterByHand: true })} />
      )}
    </main>
  );
}
