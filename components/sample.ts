import type { ProfileDraft } from '../utils/schema/profile';

/**
 * An invented person the mentee can add from the empty list to try drafting and tracking before
 * saving anyone real. Tagged "sample" so it is easy to find and delete.
 */
export const SAMPLE_PROFILE: ProfileDraft = {
  name: 'Rosa Example',
  headline: 'VP of Engineering at Northwind Logistics · I help new managers find their feet',
  location: 'Rotterdam, Netherlands',
  company: 'Northwind Logistics',
  about:
    'I moved from backend engineering into management in 2016 and have grown three teams since. I write about first-time managers, hiring, and running calm incident reviews.',
  experience: [
    { title: 'VP of Engineering', company: 'Northwind Logistics', location: 'Rotterdam', start: 'Mar 2021', end: 'Present', description: 'Lead 6 teams building routing and billing.' },
    { title: 'Engineering Manager', company: 'Contoso Freight', location: 'Utrecht', start: 'Jan 2016', end: 'Feb 2021', description: 'First management role; grew the platform team from 4 to 14.' },
    { title: 'Senior Backend Engineer', company: 'Contoso Freight', location: 'Utrecht', start: 'Jun 2011', end: 'Dec 2015', description: '' },
  ],
  education: [{ school: 'Delft University of Technology', degree: 'MSc', field: 'Computer Science', start: '2006', end: '2011' }],
  skills: ['Engineering Management', 'Hiring', 'Distributed Systems', 'Coaching'],
  projects: [],
  publications: [],
  honors: [],
  certifications: [],
  volunteering: [],
  languages: [],
  featured: [],
  photoUrl: '',
  profileUrl: '',
  source: 'manual',
  notices: [],
};
