import { useEffect, useState, type ReactNode } from 'react';
import { describeStorageError } from '../utils/db/errors';
import { getPerson, updatePerson } from '../utils/db/people';
import type { RecordBundle } from '../utils/db/records';
import { getPreferences } from '../utils/db/settings';
import type { Goals } from '../utils/schema/goals';
import type { Person } from '../utils/schema/person';
import type { Preferences } from '../utils/schema/preferences';
import { STATUS_LABELS } from '../utils/tracking/status';
import { Avatar } from './Avatar';
import { DraftingPanel } from './drafting/DraftingPanel';
import { useDbData } from './hooks/useDbData';
import { NotesEditor } from './NotesEditor';
import { Notice } from './Notice';
import { ManageSection } from './person/ManageSection';
import { ProfileSection } from './person/ProfileSection';
import { initialLayout, layoutAfterStatus, type PersonSection, type SectionLayout } from './person/sections';
import { SectionToggle } from './person/SectionToggle';
import { MeetingsPanel } from './tracking/MeetingsPanel';
import { ReflectionPanel } from './reflection/ReflectionPanel';
import { listGoals } from '../utils/db/goals';
import { linkedGoal } from '../utils/tracking/goals';
import { TrackingPanel } from './tracking/TrackingPanel';
import { ViewHeading } from './ViewHeading';

interface Props {
  personId: string;
  goals: Goals | null;
  onBack: () => void;
  onOpenPerson: (id: string) => void;
  /** After a delete: the parent offers Undo with what was removed. */
  onDeleted: (bundle: RecordBundle) => void;
}

/** What a closed section's button says. */
const SECTION_TITLES: Record<PersonSection, string> = {
  drafting: 'Draft a request',
  outreach: 'Outreach and timeline',
  meetings: 'Meetings',
  notes: 'Notes',
  profile: 'Profile',
  manage: 'Manage (merge, delete)',
  reflect: 'Reflect and adjust',
};

/**
 * One person's page: who they are, then their sections in the order of what comes next for their
 * status (components/person/sections.ts), the rest one click away. Each section is its own
 * component with its own <h2>; to add one, add it to PersonSection, the plan and `section` below.
 */
export function PersonView({ personId, goals, onBack, onOpenPerson, onDeleted }: Props) {
  const person = useDbData(() => getPerson(personId), ['people'], [personId]);
  const preferences = useDbData(getPreferences, ['settings']);
  const goalList = useDbData(listGoals, ['goals']);
  const [problem, setProblem] = useState<string | null>(null);
  const [layout, setLayout] = useState<{ personId: string; layout: SectionLayout } | null>(null);
  // Only this person's status: right after a switch, the data may still be the previous person's.
  const status = person.data?.id === personId ? person.data.status : undefined;

  // The order is set when the page opens at a person, and kept while it stays open.
  useEffect(() => {
    if (!status) return;
    setLayout((current) =>
      current?.personId === personId ? { personId, layout: layoutAfterStatus(current.layout, status) } : { personId, layout: initialLayout(status) },
    );
  }, [personId, status]);

  if (person.error) return <Notice tone="bad">{person.error}</Notice>;
  if (!person.loaded || !preferences.data) return <p role="status">Loading…</p>;
  const p = person.data;
  // Never stored, or deleted in another window or view: say so, and offer the way back.
  if (!p) return <MissingPerson onBack={onBack} />;
  const { profile } = p;
  const current = layout?.personId === p.id ? layout.layout : initialLayout(p.status);

  const section = (which: PersonSection, prefs: Preferences, person: Person): ReactNode => {
    switch (which) {
      case 'drafting':
        // Drafts use the goal this mentorship serves (issue #13): the linked goal, or the first.
        return <DraftingPanel person={person} goals={linkedGoal(person, goalList.data ?? [])?.goals ?? goals} preferences={prefs} />;
      case 'outreach':
        return <TrackingPanel person={person} preferences={prefs} />;
      case 'meetings':
        return <MeetingsPanel person={person} />;
      case 'notes':
        return <NotesEditor personId={person.id} notes={person.notes} />;
      case 'profile':
        return <ProfileSection person={person} />;
      case 'reflect':
        return <ReflectionPanel person={person} />;
      case 'manage':
        return <ManageSection person={person} onMerged={onOpenPerson} onDeleted={onDeleted} />;
    }
  };

  return (
    <article className="stack" aria-labelledby="person-name" key={p.id}>
      <button type="button" className="link" onClick={onBack}>
        ← Everyone
      </button>
      {problem && <Notice tone="bad">{problem}</Notice>}
      <header className="row" style={{ alignItems: 'flex-start' }}>
        <Avatar
          name={profile.name}
          photoUrl={profile.photoUrl}
          shown={p.showPhoto}
          onShow={() => void updatePerson(p.id, (c) => ({ ...c, showPhoto: true })).catch((e: unknown) => setProblem(describeStorageError(e)))}
        />
        <div className="grow">
          <ViewHeading id="person-name">{profile.name}</ViewHeading>
          {profile.headline && <p style={{ margin: 0 }}>{profile.headline}</p>}
          <p className="muted" style={{ margin: 0 }}>
            {[profile.company, profile.location].filter(Boolean).join(' · ')}
          </p>
          {p.profileUrl && (
            <a href={p.profileUrl} target="_blank" rel="noreferrer noopener">
              Open their profile
            </a>
          )}
        </div>
        <span className="badge">
          <span className="visually-hidden">Status: </span>
          {STATUS_LABELS[p.status]}
        </span>
      </header>

      {current.order.map((which) =>
        current.open.has(which) ? (
          <div key={which} className="person-section" data-section={which}>
            {section(which, preferences.data!, p)}
          </div>
        ) : (
          <div key={which} className="person-section" data-section={which}>
            <SectionToggle title={SECTION_TITLES[which]}>{section(which, preferences.data!, p)}</SectionToggle>
          </div>
        ),
      )}
    </article>
  );
}

/** What a view shows for a person who is not (or no longer) in the database. */
function MissingPerson({ onBack }: { onBack: () => void }) {
  return (
    <Notice tone="warn">
      <p>This person is no longer saved.</p>
      <p>They may have been deleted in another window. Find them in your list, or save their profile again from their page.</p>
      <button type="button" onClick={onBack}>
        Back to everyone
      </button>
    </Notice>
  );
}
