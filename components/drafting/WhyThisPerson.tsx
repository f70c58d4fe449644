import { useId, useState } from 'react';
import type { Fact, FactKind } from '../../utils/drafting/facts';
import type { FitResult } from '../../utils/drafting/fit';
import { MAX_FACTS } from './composer';

const KIND_LABELS: Record<FactKind, string> = {
  move: 'Career move',
  role: 'Experience',
  about: 'About',
  headline: 'Headline',
  skill: 'Skills',
  company: 'Company',
  education: 'Education',
};

/** A long skills list would bury the rest; the most relevant come first anyway. */
const SHOWN_AT_FIRST = 8;

interface Props {
  name: string;
  /** extractFacts(profile, goals): those matching the goals first. */
  facts: readonly Fact[];
  /** null before the mentee has goals. */
  fit: FitResult | null;
  factIds: readonly string[];
  onToggle: (factId: string) => void;
  admiration: string;
  onAdmiration: (value: string) => void;
}

/**
 * Why write to this person: only facts read from their own profile, ticked to go in the draft, the
 * fit with the mentee's goals explained by those facts, and room for the mentee's own words.
 */
export function WhyThisPerson({ name, facts, fit, factIds, onToggle, admiration, onAdmiration }: Props) {
  const id = useId();
  const [showAll, setShowAll] = useState(false);
  const reasons = new Map(fit?.reasons.map((r) => [r.factId, r]) ?? []);
  const full = factIds.length >= MAX_FACTS;
  const shown = showAll ? facts : facts.filter((f, i) => i < SHOWN_AT_FIRST || factIds.includes(f.id));

  return (
    <section className="stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Why this person</h3>
      {fit && facts.length > 0 && (
        <p>
          <span className="badge">Fit {fit.score} of 100</span> {fit.summary}
        </p>
      )}
      {facts.length === 0 ? (
        <div className="notice warn">
          <p>
            {name}'s profile shows nothing beyond a name, so there is no fact to quote, and Mentor Scout will not make one up. Say below, in your
            own words, why you are writing to them: a talk, a post or a project of theirs.
          </p>
        </div>
      ) : (
        <fieldset>
          <legend>Facts from their profile to mention</legend>
          <p className="hint" id={`${id}-max`}>
            Tick one or two{full ? ': untick one to choose another (two at most).' : fit ? '; the ones matching your goals come first.' : '.'}
          </p>
          <ul className="plain">
            {shown.map((fact) => {
              const checked = factIds.includes(fact.id);
              const reason = reasons.get(fact.id);
              return (
                <li key={fact.id}>
                  <label style={{ fontWeight: 'normal', display: 'flex', gap: '0.4em', alignItems: 'baseline' }}>
                    <input
                      type="checkbox"
                      style={{ width: 'auto', flex: 'none' }}
                      checked={checked}
                      disabled={!checked && full}
                      aria-describedby={`${id}-max`}
                      data-fact-id={fact.id}
                      onChange={() => onToggle(fact.id)}
                    />
                    <span>
                      {fact.text} <span className="muted">({KIND_LABELS[fact.kind]})</span>
                      {reason && reason.matched.length > 0 && <span className="hint"> — matches your goals: {reason.matched.join(', ')}</span>}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
          {facts.length > shown.length && (
            <button type="button" className="link" onClick={() => setShowAll(true)}>
              Show all {facts.length} facts
            </button>
          )}
        </fieldset>
      )}
      <div>
        <label htmlFor={`${id}-own`}>Why them, in your words</label>
        <textarea
          id={`${id}-own`}
          rows={2}
          maxLength={1000}
          aria-describedby={`${id}-own-hint`}
          value={admiration}
          placeholder="e.g. the talk, post or project of theirs that made you want to write"
          onChange={(e) => onAdmiration(e.target.value)}
        />
        <p className="hint" id={`${id}-own-hint`}>
          {facts.length === 0 ? 'Needed for this person: something specific you know of them.' : 'Optional: used by every alternative, on every channel.'}
        </p>
      </div>
    </section>
  );
}
