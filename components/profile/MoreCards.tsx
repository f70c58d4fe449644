import type { Accomplishment, Experience, Language, ProfileDraft } from '../../utils/schema/profile';
import { EntryList, type EntryField } from './EntryList';
import { withMonths } from './months';

type MoreKey = 'projects' | 'publications' | 'honors' | 'certifications' | 'volunteering' | 'languages' | 'featured';

const ACCOMPLISHMENT_FIELDS: EntryField<Accomplishment>[] = [
  { key: 'title', label: 'Title' },
  { key: 'subtitle', label: 'Issuer, publisher or association' },
  { key: 'date', label: 'Date' },
  { key: 'url', label: 'Link' },
];
const VOLUNTEERING_FIELDS: EntryField<Experience>[] = [
  { key: 'title', label: 'Role' },
  { key: 'company', label: 'Organisation' },
  { key: 'start', label: 'Start' },
  { key: 'end', label: 'End' },
];
const LANGUAGE_FIELDS: EntryField<Language>[] = [
  { key: 'name', label: 'Language' },
  { key: 'proficiency', label: 'Proficiency' },
];
interface Featured {
  title: string;
}
const FEATURED_FIELDS: EntryField<Featured>[] = [{ key: 'title', label: 'Title' }];

const blankItem = (): Accomplishment => ({ title: '', subtitle: '', date: '', description: '', url: '' });
const describeItem = (a: Accomplishment) => ({ main: a.title, detail: [a.subtitle, a.date].filter(Boolean).join(', ') });

/** The accomplishment lists, with the words the review uses for each. */
const ITEMS: [Exclude<MoreKey, 'volunteering' | 'languages' | 'featured'>, string, string][] = [
  ['projects', 'Projects', 'project'],
  ['publications', 'Publications', 'publication'],
  ['honors', 'Honours and awards', 'award'],
  ['certifications', 'Licences and certifications', 'certification'],
];

const count = (value: ProfileDraft) =>
  value.projects.length + value.publications.length + value.honors.length + value.certifications.length + value.volunteering.length + value.languages.length + value.featured.length;

/**
 * The profile's other cards (issue #11) in the review form: projects, publications, honours,
 * certifications, volunteering, languages and featured titles, each list as EntryList's readable
 * lines. Folded under one summary that counts them, so the form stays as short as before for the
 * many profiles that have none, and one click (or Enter) away for those that do.
 */
export function MoreCards({ value, onChange }: { value: ProfileDraft; onChange: (next: ProfileDraft) => void }) {
  const set = <K extends MoreKey>(key: K, next: ProfileDraft[K]) => onChange({ ...value, [key]: next });
  const total = count(value);
  return (
    <details className="more-cards">
      <summary>
        Projects, awards, languages and more <span className="hint">({total === 0 ? 'none found' : total})</span>
      </summary>
      {ITEMS.map(([key, legend, noun]) => (
        <EntryList
          key={key}
          legend={legend}
          noun={noun}
          entries={value[key]}
          fields={ACCOMPLISHMENT_FIELDS}
          describe={describeItem}
          blank={blankItem}
          onChange={(next) => set(key, next)}
        />
      ))}
      <EntryList
        legend="Volunteering"
        noun="volunteer role"
        entries={value.volunteering}
        fields={VOLUNTEERING_FIELDS}
        describe={(e) => ({ main: [e.title, e.company].filter(Boolean).join(' · '), detail: [e.start, e.end].filter(Boolean).join(' – ') })}
        blank={() => ({ title: '', company: '', location: '', start: '', end: '', description: '' })}
        onChange={(next) => set('volunteering', next.map(withMonths))}
      />
      <EntryList
        legend="Languages"
        noun="language"
        entries={value.languages}
        fields={LANGUAGE_FIELDS}
        describe={(l) => ({ main: l.name, detail: l.proficiency })}
        blank={() => ({ name: '', proficiency: '' })}
        onChange={(next) => set('languages', next)}
      />
      <EntryList
        legend="Featured"
        noun="featured item"
        entries={value.featured.map((title) => ({ title }))}
        fields={FEATURED_FIELDS}
        describe={(f) => ({ main: f.title, detail: '' })}
        blank={() => ({ title: '' })}
        onChange={(next) => set('featured', next.map((f) => f.title))}
      />
    </details>
  );
}
