import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { GoalsForm } from '../../components/GoalsForm';
import { useDbData } from '../../components/hooks/useDbData';
import { Notice } from '../../components/Notice';
import { getGoals, saveGoalsKeepingBoth } from '../../utils/db/settings';
import { openSidePanel } from '../../utils/ui/side-panel';

/** The shortcuts as the browser has them now (the user may have changed or removed them). */
function useShortcuts(): { save: string | null; panel: string | null } | null {
  const [shortcuts, setShortcuts] = useState<{ save: string | null; panel: string | null } | null>(null);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => {
        const find = (...names: string[]) => commands.find((c) => c.name && names.includes(c.name))?.shortcut || null;
        setShortcuts({ save: find('_execute_action', '_execute_browser_action'), panel: find('open-side-panel') });
      })
      .catch(() => setShortcuts({ save: null, panel: null }));
  }, []);
  return shortcuts;
}

/** "Alt+Shift+M" as keys. */
function Keys({ shortcut }: { shortcut: string }) {
  const keys = shortcut.split('+');
  return (
    <>
      {keys.map((key, i) => (
        <span key={i}>
          {i > 0 && '+'}
          <kbd>{key}</kbd>
        </span>
      ))}
    </>
  );
}

/**
 * The first-run page, opened once on install: what Mentor Scout does, the mentee's goals, how to
 * save someone, and what stays private. Everything on it can also be done later from the side panel.
 */
export function App() {
  const goals = useDbData(getGoals, ['goals']);
  const shortcuts = useShortcuts();
  const [windowId, setWindowId] = useState<number>();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    // Known before the click: the side panel opens only straight from the user's gesture.
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);

  const openPanel = () => {
    if (windowId === undefined) return;
    openSidePanel(windowId).catch(() => setProblem('The side panel could not be opened here. Open it from the browser’s side panel menu.'));
  };

  return (
    <main className="welcome stack">
      <h1>Welcome to Mentor Scout</h1>
      <p className="lead">
        Mentor Scout helps you find a mentor: save the profiles of people whose experience fits what you want to learn, write each of them a short,
        specific request, and keep track of who replied, when to follow up, and what you took away from your meetings.
      </p>

      <section aria-labelledby="welcome-steps" className="stack">
        <h2 id="welcome-steps">Three steps</h2>
        <ol className="steps">
          <li>
            <strong>State your goals</strong> once, below. Every request you draft starts from them.
          </li>
          <li>
            <strong>Save someone</strong> from their LinkedIn profile or their own page (an About page, a CV, a GitHub profile).
          </li>
          <li>
            <strong>Draft and track</strong> in the side panel: copy the request, send it yourself, and log what happens.
          </li>
        </ol>
      </section>

      <section aria-labelledby="welcome-goals" className="card stack">
        <h2 id="welcome-goals">1. Your goals</h2>
        {goals.data === undefined ? (
          <p role="status">Loading…</p>
        ) : (
          <GoalsForm key={goals.data ? 'loaded' : 'empty'} initial={goals.data} labelledBy="welcome-goals" onSave={(g, base) => saveGoalsKeepingBoth(g, base)} />
        )}
      </section>

      <section aria-labelledby="welcome-save" className="card stack">
        <h2 id="welcome-save">2. Save someone</h2>
        <p>Open the profile of someone you would like to learn from, then use any of these:</p>
        <ul>
          <li>
            Click the <strong>Mentor Scout button</strong> in the toolbar (pin it from the puzzle-piece menu to keep it in view).
          </li>
          <li>
            Press{' '}
            {shortcuts?.save ? (
              <Keys shortcut={shortcuts.save} />
            ) : (
              <>
                a shortcut of your choice (none is set now; choose one in your browser’s extension shortcuts settings)
              </>
            )}
            .
          </li>
          <li>
            Right-click the page and choose <strong>Save to Mentor Scout</strong>.
          </li>
        </ul>
        <p>
          Mentor Scout shows what it found; correct anything, then <strong>Save</strong>. Pages without a profile say so and let you enter the
          person by hand.
        </p>
      </section>

      <section aria-labelledby="welcome-panel" className="card stack">
        <h2 id="welcome-panel">3. Draft and track in the side panel</h2>
        <p>
          Everyone you saved, each person’s request, replies, follow-ups and meetings live in the side panel
          {shortcuts?.panel ? (
            <>
              {' '}
              (<Keys shortcut={shortcuts.panel} />)
            </>
          ) : null}
          . Mentor Scout never sends anything: you copy the request and send it yourself.
        </p>
        {problem && <Notice tone="bad">{problem}</Notice>}
        <p>
          <button type="button" className="primary" onClick={openPanel} disabled={windowId === undefined}>
            Open the side panel
          </button>
        </p>
      </section>

      <section aria-labelledby="welcome-private" className="stack">
        <h2 id="welcome-private">What stays private</h2>
        <ul>
          <li>Everything you save stays in this browser. There is no account, no server and no analytics; Mentor Scout makes no request of its own.</li>
          <li>A page is read only when you click the button, press the shortcut or use the menu, and only that page. Nothing is read in the background.</li>
          <li>Mentor Scout never sends a message, never visits a page for you and never changes LinkedIn.</li>
          <li>Uninstalling deletes your data: export a backup from Settings first if you want to keep it.</li>
        </ul>
      </section>
    </main>
  );
}
