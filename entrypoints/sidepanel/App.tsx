import { lazy, Suspense, useEffect, useState } from 'react';
import { GoalsForm } from '../../components/GoalsForm';
import { useDbData } from '../../components/hooks/useDbData';
import { useFitScores } from '../../components/hooks/useFitScores';
import { usePeopleList } from '../../components/hooks/usePeopleList';
import { Notice } from '../../components/Notice';
import { ViewHeading } from '../../components/ViewHeading';
import { PeopleView } from '../../components/PeopleView';
import { SAMPLE_PROFILE } from '../../components/sample';
import { describeStorageError } from '../../utils/db/errors';
import { saveCapture, updatePerson } from '../../utils/db/people';
import { restoreBundle, type RecordBundle } from '../../utils/db/records';
import { getGoals, saveGoalsKeepingBoth } from '../../utils/db/settings';
import { parsePanelHash, type PanelTarget } from '../../utils/ui/side-panel';

// Views other than the list load when first opened: the list must paint first (it is what the
// panel shows on opening), and the drafting and tracking code is most of the bundle.
const CaptureReview = lazy(() => import('../../components/CaptureReview').then((m) => ({ default: m.CaptureReview })));
const PersonView = lazy(() => import('../../components/PersonView').then((m) => ({ default: m.PersonView })));
const SettingsView = lazy(() => import('../../components/SettingsView').then((m) => ({ default: m.SettingsView })));
const TodayView = lazy(() => import('../../components/TodayView').then((m) => ({ default: m.TodayView })));
const OverviewView = lazy(() => import('../../components/OverviewView').then((m) => ({ default: m.OverviewView })));

type View = PanelTarget | { view: 'overview' } | { view: 'settings' } | { view: 'save' };

const NAV: { view: 'list' | 'today' | 'overview' | 'settings'; label: string }[] = [
  { view: 'list', label: 'People' },
  { view: 'today', label: 'Today' },
  { view: 'overview', label: 'Overview' },
  { view: 'settings', label: 'Settings' },
];

/** The side panel: the mentee's goals, everyone saved, one person's page, Today, Overview, Settings. */
export function App() {
  const [view, setView] = useState<View>(() => parsePanelHash(location.hash));
  const [skippedGoals, setSkippedGoals] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<RecordBundle | null>(null);
  const people = usePeopleList();
  const goals = useDbData(getGoals, ['goals']);

  useEffect(() => {
    // Opened (or moved) by the popup, a notification or the context menu at a person, Today or a
    // capture: the target is in the address (see utils/ui/side-panel.ts).
    const follow = () => setView(parsePanelHash(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const fitScores = useFitScores(people.state?.complete ? people.state.people : undefined, goals.data);

  const addSample = async () => {
    try {
      const { person } = await saveCapture({ profile: SAMPLE_PROFILE, sourceUrl: '' });
      await updatePerson(person.id, (p) => ({ ...p, tags: ['sample'] }));
      setView({ view: 'person', personId: person.id });
    } catch (error) {
      setProblem(describeStorageError(error));
    }
  };

  // Goals first on the list; a person's page opens at once (its drafting part asks for goals).
  const needsGoals = goals.data === null && !skippedGoals && view.view === 'list';
  const current = view.view === 'person' || view.view === 'capture' || view.view === 'save' ? 'list' : view.view;

  return (
    <div className="panel-layout">
      <nav aria-label="Mentor Scout" className="row panel-nav">
        {NAV.map((item) => (
          <button
            key={item.view}
            type="button"
            aria-current={current === item.view ? 'page' : undefined}
            className={current === item.view ? 'primary' : undefined}
            onClick={() => setView({ view: item.view } as View)}
          >
            {item.label}
          </button>
        ))}
      </nav>
      {/* The one scroll box of the panel (the list view scrolls its own virtual list instead). */}
      <main className={view.view === 'list' && !needsGoals ? 'panel-main fixed' : 'panel-main'}>
        {problem && <Notice tone="bad">{problem}</Notice>}
        {deleted && (
          <Notice>
            Deleted {deleted.people.map((p) => p.profile.name).join(', ')}.{' '}
            <button
              type="button"
              className="link"
              onClick={() =>
                restoreBundle(deleted)
                  .then(() => setDeleted(null))
                  .catch((e: unknown) => setProblem(describeStorageError(e)))
              }
            >
              Undo
            </button>
          </Notice>
        )}
        {(people.error || goals.error) && <Notice tone="bad">{people.error ?? goals.error}</Notice>}
        {people.state && people.state.unreadable.length > 0 && (
          <Notice tone="warn">
            {people.state.unreadable.length} saved record(s) could not be read and are hidden. They are kept as they are; export a backup before
            changing anything.
          </Notice>
        )}
        <Suspense fallback={<p role="status">Loading…</p>}>
        {needsGoals ? (
          <>
            <ViewHeading id="first-goals">First, your goals</ViewHeading>
            <p className="muted">Say it once; every request you draft starts from it. You can change it any time in Settings.</p>
            <GoalsForm initial={null} labelledBy="first-goals" onSave={(g, base) => saveGoalsKeepingBoth(g, base)} />
            <p>
              <button type="button" className="link" onClick={() => setSkippedGoals(true)}>
                Later — show my saved people
              </button>
            </p>
          </>
        ) : view.view === 'list' ? (
          people.state ? (
            <PeopleView
              people={people.state.people}
              complete={people.state.complete}
              total={people.state.total}
              fitScores={fitScores}
              onOpen={(personId) => setView({ view: 'person', personId })}
              onAddSample={addSample}
              onSaveFromTab={() => setView({ view: 'save' })}
            />
          ) : (
            <p role="status">Loading…</p>
          )
        ) : view.view === 'person' ? (
          <PersonView
            personId={view.personId}
            goals={goals.data ?? null}
            onBack={() => setView({ view: 'list' })}
            onOpenPerson={(personId) => setView({ view: 'person', personId })}
            onDeleted={(bundle) => {
              setDeleted(bundle);
              setView({ view: 'list' });
            }}
          />
        ) : view.view === 'capture' || view.view === 'save' ? (
          <CaptureReview
            tabId={view.view === 'capture' ? view.tabId : undefined}
            onOpenPerson={(personId) => setView({ view: 'person', personId })}
            onCancel={() => setView({ view: 'list' })}
          />
        ) : view.view === 'today' ? (
          <TodayView onOpenPerson={(personId) => setView({ view: 'person', personId })} />
        ) : view.view === 'overview' ? (
          <OverviewView onOpenPerson={(personId) => setView({ view: 'person', personId })} />
        ) : (
          <SettingsView goals={goals.data ?? null} />
        )}
        </Suspense>
      </main>
    </div>
  );
}
