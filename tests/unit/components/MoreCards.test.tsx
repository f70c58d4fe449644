// @vitest-environment happy-dom
// The review form's other cards (issue #11): folded under one summary that counts them, each kind a
// list of readable lines that can be edited or removed, and months kept in step with edited dates.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProfileForm } from '../../../components/ProfileForm';
import { emptyProfile, type ProfileDraft } from '../../../utils/schema/profile';

afterEach(cleanup);

const captured: ProfileDraft = {
  ...emptyProfile('linkedin'),
  name: 'Inés Example',
  experience: [{ title: 'Data Engineer', company: 'Larkspur', location: '', start: 'Oct 2019', end: 'Present', startMonth: '2019-10', endMonth: null, description: '' }],
  projects: [{ title: 'Open freight schema', subtitle: '', date: 'Mar 2021 – Present', description: '', url: 'https://example.org/schema' }],
  honors: [{ title: 'Best Talk', subtitle: 'Issued by Freight Summit', date: 'Nov 2024', description: '', url: '' }],
  languages: [{ name: 'Portuguese', proficiency: 'Native or bilingual proficiency' }],
  featured: ['Talk: freight data'],
};

let latest: ProfileDraft = captured;
/** The list whose legend starts with `name` ("Projects (1)"); the folded ones are still in the page. */
const list = (name: string): HTMLElement => {
  const legend = [...document.querySelectorAll('legend')].find((l) => l.textContent?.startsWith(`${name} (`));
  if (!legend) throw new Error(`no list ${name}`);
  return legend.closest('fieldset') as HTMLElement;
};
function Harness() {
  const [value, setValue] = useState(captured);
  latest = value;
  return <ProfileForm value={value} onChange={setValue} onSubmit={() => {}} errors={{}} submitLabel="Save" />;
}

describe('the review form’s other cards', () => {
  it('counts them in one summary and shows each as a readable line', () => {
    render(<Harness />);
    expect(screen.getByText(/Projects, awards, languages and more/).textContent).toMatch(/\(4\)/);
    const projects = list('Projects');
    expect(within(projects).getByText(/Open freight schema/)).toBeTruthy();
    expect(within(list('Honours and awards')).getByText(/Issued by Freight Summit, Nov 2024/)).toBeTruthy();
    expect(within(list('Languages')).getByText(/Native or bilingual proficiency/)).toBeTruthy();
    expect(within(list('Featured')).getByText('Talk: freight data')).toBeTruthy();
  });

  it('removes an entry from its list', () => {
    render(<Harness />);
    const languages = list('Languages');
    fireEvent.click(within(languages).getByText('Remove'));
    expect(latest.languages).toEqual([]);
    expect(screen.getByText(/Projects, awards, languages and more/).textContent).toMatch(/\(3\)/);
  });

  it('normalises the months again when a date is corrected by hand', () => {
    render(<Harness />);
    const experience = list('Experience');
    fireEvent.click(within(experience).getByText('Edit'));
    fireEvent.change(within(experience).getByLabelText('End'), { target: { value: 'Mar 2023' } });
    expect(latest.experience[0]).toMatchObject({ end: 'Mar 2023', startMonth: '2019-10', endMonth: '2023-03' });
  });
});
