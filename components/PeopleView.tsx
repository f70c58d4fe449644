import { useId, useMemo, useState } from 'react';
import type { Person } from '../utils/schema/person';
import { statusSchema, type Status } from '../utils/schema/status';
import { buildSearchIndex, byFit, searchPeople, type SearchSort } from '../utils/tracking/search';
import { STATUS_LABELS } from '../utils/tracking/status';
import { initials } from './Avatar';
import { ViewHeading } from './ViewHeading';
import { VirtualList } from './VirtualList';

const ROW_HEIGHT = 56;

const countPeople = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'person' : 'people'}`;

interface Props {
  people: Person[];
  /** False while only the most recent people are loaded (search and filters wait for everyone). */
  complete: boolean;
  /** How many people are stored, once known. */
  total: number | null;
  /** Fit score per person (0–100) against the mentee's goals, when goals are set. */
  fitScores?: ReadonlyMap<string, number>;
  onOpen: (id: string) => void;
  onAddSample: () => void;
  onSaveFromTab: () => void;
}

/** Everyone saved: search by name, company, headline, notes; filter by status; sort. */
export function PeopleView({ people, complete, total, fitScores, onOpen, onAddSample, onSaveFromTab }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  const [sort, setSort] = useState<SearchSort | 'fit'>('activity');
  // The search runs on every keystroke (about a millisecond for 10,000 people): deferring it would
  // only spread the list update over more frames.
  const index = useMemo(() => (complete ? buildSearchIndex(people) : null), [people, complete]);
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const shown = useMemo(() => {
    if (!index) return people.map((p) => p.id);
    const ids = searchPeople(index, query, { sort: sort === 'fit' ? 'saved' : sort, status: status || undefined });
    return sort === 'fit' && fitScores ? byFit(ids, fitScores) : ids;
  }, [index, people, query, sort, status, fitScores]);

  if (total === 0) {
    return (
      <section className="stack" aria-labelledby={`${id}-empty`}>
        <ViewHeading>People</ViewHeading>
        <h2 id={`${id}-empty`}>No one saved yet</h2>
        <p>
          Open the LinkedIn profile or personal page of someone whose experience fits your goals, then click the Mentor Scout button in the
          toolbar (or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>M</kbd>). Review what it found and save.
        </p>
        <div className="row">
          <button type="button" className="primary" onClick={onSaveFromTab}>
            Save the profile in this tab
          </button>
          <button type="button" onClick={onAddSample}>
            Try it with a sample person
          </button>
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby={`${id}-title`} style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <ViewHeading id={`${id}-title`}>People</ViewHeading>
      <div className="row" style={{ marginBottom: '0.5em' }}>
        <label htmlFor={`${id}-q`} className="visually-hidden">
          Search people
        </label>
        <input
          id={`${id}-q`}
          className="grow"
          type="search"
          placeholder="Search name, company, headline, notes"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <div className="row" style={{ marginBottom: '0.5em' }}>
        <label htmlFor={`${id}-status`} className="visually-hidden">
          Filter by status
        </label>
        <select id={`${id}-status`} className="grow" disabled={!complete} value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
          <option value="">Every status</option>
          {statusSchema.options.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-sort`} className="visually-hidden">
          Sort by
        </label>
        <select id={`${id}-sort`} className="grow" disabled={!complete} value={sort} onChange={(e) => setSort(e.target.value as SearchSort | 'fit')}>
          <option value="activity">Last activity</option>
          <option value="saved">Date saved</option>
          <option value="fit" disabled={!fitScores}>
            Fit with your goals
          </option>
        </select>
      </div>
      <p className="muted" role="status" aria-live="polite" style={{ margin: '0 0 0.3em' }}>
        {!complete || total === null
          ? 'Loading everyone…'
          : shown.length === people.length
            ? countPeople(people.length)
            : `${shown.length} of ${countPeople(people.length)}`}
      </p>
      <div style={{ flex: 1, minHeight: 0 }}>
        <VirtualList
          label="People"
          items={shown}
          rowHeight={ROW_HEIGHT}
          height="100%"
          getKey={(id) => id}
          renderRow={(id) => {
            // Only the rows in view look their person up.
            const person = byId.get(id)!;
            return (
            <button
              type="button"
              className="person-row"
              onClick={() => onOpen(person.id)}
              style={{ width: '100%', height: ROW_HEIGHT - 4, textAlign: 'left', display: 'flex', gap: '0.6em', alignItems: 'center' }}
            >
              <span className="avatar" aria-hidden="true" style={{ width: 34, height: 34, fontSize: '0.8rem' }}>
                {initials(person.profile.name)}
              </span>
              <span style={{ flex: 1, minWidth: 0 }}>
                <strong style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{person.profile.name}</strong>
                <span className="muted" style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: '0.85rem' }}>
                  {person.profile.headline || person.profile.company}
                </span>
              </span>
              <span className="badge">{STATUS_LABELS[person.status]}</span>
              {fitScores?.has(person.id) && (
                // Said in words, not a bare number explained only by a hover title.
                <span className="badge fit">
                  Fit {fitScores.get(person.id)}
                  <span className="visually-hidden"> out of 100 with your goals</span>
                </span>
              )}
            </button>
            );
          }}
        />
      </div>
    </section>
  );
}
