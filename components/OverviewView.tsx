import { useId, useMemo } from 'react';
import { listTemplates } from '../utils/db/templates';
import { readTrackingData } from '../utils/db/tracking-data';
import { groupByPerson } from '../utils/tracking/followups';
import { mentorshipOverview, outreachFunnel } from '../utils/tracking/progress';
import { formatDuration, outreachStats, type ReplyFigures } from '../utils/tracking/stats';
import { STATUS_LABELS, STATUSES } from '../utils/tracking/status';
import { channelLabel, formatDay, menteeTimeZone } from './tracking/format';
import { useNow } from './tracking/useNow';
import { useDbData } from './hooks/useDbData';
import { Notice } from './Notice';
import { ViewHeading } from './ViewHeading';
import { Bars } from './overview/Bars';
import { MentorshipHealthList } from './overview/MentorshipHealthList';

const INACTIVE_DAYS = 30;

function rate(f: ReplyFigures): string {
  return f.replyRate === null ? '—' : `${Math.round(f.replyRate * 100)}%`;
}

function median(f: ReplyFigures): string {
  return f.medianReplyMs === null ? '—' : formatDuration(f.medianReplyMs);
}

function FiguresTable({ caption, rows }: { caption: string; rows: { key: string; label: string; figures: ReplyFigures }[] }) {
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'left' }}>
            {caption.replace(/^By /, '').replace(/^./, (c) => c.toUpperCase())}
          </th>
          <th scope="col">Sent</th>
          <th scope="col">Answered</th>
          <th scope="col">Reply rate</th>
          <th scope="col">Median time to reply</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label, figures }) => (
          <tr key={key}>
            <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>
              {label}
            </th>
            <td style={{ textAlign: 'center' }}>{figures.sent}</td>
            <td style={{ textAlign: 'center' }}>{figures.replied}</td>
            <td style={{ textAlign: 'center' }}>{rate(figures)}</td>
            <td style={{ textAlign: 'center' }}>{median(figures)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Where everyone stands and what works: counts by status, how often and how fast requests are
 * answered (overall, by channel, by template), and who has gone quiet for a month.
 */
export function OverviewView({ onOpenPerson }: { onOpenPerson: (id: string) => void }) {
  const id = useId();
  const data = useDbData(readTrackingData, ['people', 'events', 'meetings', 'reflections']);
  const templates = useDbData(listTemplates, ['templates']);
  const now = useNow(10 * 60_000);
  const timeZone = menteeTimeZone();
  const stats = useMemo(
    () => (data.data ? outreachStats(data.data.people, groupByPerson(data.data.events), now, { inactiveDays: INACTIVE_DAYS }) : null),
    [data.data, now],
  );
  const pictures = useMemo(() => {
    if (!data.data) return null;
    const { people, events, meetings, reflections } = data.data;
    const eventsByPerson = groupByPerson(events);
    return {
      funnel: outreachFunnel(people, eventsByPerson),
      health: mentorshipOverview(people, eventsByPerson, groupByPerson(meetings), groupByPerson(reflections), now),
    };
  }, [data.data, now]);

  if (data.error) return <Notice tone="bad">{data.error}</Notice>;
  if (!data.data || !stats || !pictures) return <p role="status">Loading…</p>;
  const { people } = data.data;

  if (people.length === 0) {
    return (
      <section className="stack" aria-labelledby={`${id}-title`}>
        <ViewHeading id={`${id}-title`}>Overview</ViewHeading>
        <p>Nothing to count yet. Save the people you would like to learn from; once you mark requests as sent, this page shows how often and how fast they are answered, by channel and by template.</p>
      </section>
    );
  }

  // Built-in templates (as the mentee edited them) and their own, by id.
  const templateNames = new Map<string, string>((templates.data ?? []).map((t) => [t.id, t.name]));
  const byId = new Map(people.map((p) => [p.id, p]));

  return (
    <section className="stack" aria-labelledby={`${id}-title`}>
      <ViewHeading id={`${id}-title`}>Overview</ViewHeading>

      <section aria-labelledby={`${id}-status`}>
        <h2 id={`${id}-status`}>Where everyone stands</h2>
        <ul className="plain row" style={{ gap: '0.4em 1em' }}>
          {STATUSES.map((status) => (
            <li key={status}>
              {STATUS_LABELS[status]}: <strong>{stats.byStatus[status]}</strong>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={`${id}-funnel`} className="stack">
        <h2 id={`${id}-funnel`}>From saved to mentoring</h2>
        <p className="hint">How many people got at least this far (someone who replied and later declined counts up to “They replied”).</p>
        <Bars
          label="People who reached each stage"
          bars={pictures.funnel.map(({ stage, count }) => ({ key: stage, label: STATUS_LABELS[stage], text: String(count), share: count / Math.max(1, pictures.funnel[0]!.count) }))}
        />
      </section>

      <section aria-labelledby={`${id}-health`} className="stack">
        <h2 id={`${id}-health`}>Your mentorships</h2>
        <MentorshipHealthList rows={pictures.health} onOpenPerson={onOpenPerson} />
      </section>

      <section aria-labelledby={`${id}-replies`} className="stack">
        <h2 id={`${id}-replies`}>Replies</h2>
        {stats.overall.sent === 0 ? (
          <p className="muted">No request is marked as sent yet. Mark one as sent on a person’s page to see reply rates here.</p>
        ) : (
          <>
            <p>
              {stats.overall.replied} of {stats.overall.sent} people answered your first request ({rate(stats.overall)})
              {stats.overall.medianReplyMs !== null && <>, usually within {formatDuration(stats.overall.medianReplyMs)} (median)</>}.
            </p>
            <Bars
              label="Reply rate by channel"
              bars={stats.byChannel.map((row) => ({
                key: row.channel ?? 'none',
                label: row.channel ? channelLabel(row.channel) : 'Channel not recorded',
                text: `${rate(row)} (${row.replied} of ${row.sent})`,
                share: row.replyRate ?? 0,
              }))}
            />
            <FiguresTable
              caption="By channel"
              rows={stats.byChannel.map((row) => ({ key: row.channel ?? 'none', label: row.channel ? channelLabel(row.channel) : 'Channel not recorded', figures: row }))}
            />
            <FiguresTable
              caption="By template"
              rows={stats.byTemplate.map((row) => ({
                key: row.templateId ?? 'none',
                label: row.templateId ? (templateNames.get(row.templateId) ?? (templates.data ? 'A template since deleted' : 'A template')) : 'Written without a template',
                figures: row,
              }))}
            />
          </>
        )}
      </section>

      <section aria-labelledby={`${id}-quiet`}>
        <h2 id={`${id}-quiet`}>No activity for {INACTIVE_DAYS} days or more</h2>
        {stats.inactive.length === 0 ? (
          <p className="muted">Everyone you are in touch with has had some activity this month.</p>
        ) : (
          <ul className="plain stack">
            {stats.inactive.map((personId) => {
              const person = byId.get(personId)!;
              return (
                <li key={personId}>
                  <button type="button" className="link" onClick={() => onOpenPerson(personId)}>
                    {person.profile.name}
                  </button>{' '}
                  <span className="muted">
                    — {STATUS_LABELS[person.status]}, last activity {formatDay(person.lastActivityAt, timeZone, now)}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </section>
  );
}
