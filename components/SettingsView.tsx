import { getPreferences, saveGoalsKeepingBoth } from '../utils/db/settings';
import type { Goals } from '../utils/schema/goals';
import { TemplatesEditor } from './drafting/TemplatesEditor';
import { GoalsForm } from './GoalsForm';
import { useDbData } from './hooks/useDbData';
import { PreferencesForm } from './PreferencesForm';
import { ViewHeading } from './ViewHeading';
import { DataSettings } from './tracking/DataSettings';

/** Goals, outreach settings, templates, and the mentee's data (backup, import, delete). */
export function SettingsView({ goals }: { goals: Goals | null }) {
  const preferences = useDbData(getPreferences, ['settings']);
  return (
    <div className="stack">
      <ViewHeading>Settings</ViewHeading>
      <GoalsForm key={goals ? 'loaded' : 'empty'} initial={goals} onSave={(g, base) => saveGoalsKeepingBoth(g, base)} />
      <hr />
      {preferences.data && <PreferencesForm preferences={preferences.data} />}
      <hr />
      <TemplatesEditor />
      <hr />
      <DataSettings />
    </div>
  );
}
