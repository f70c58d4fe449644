import { describe, expect, it } from 'vitest';
import { sameProfileContent, stablePhotoUrl } from '../../../utils/capture/same-profile';
import { emptyProfile, type ProfileDraft } from '../../../utils/schema/profile';

const saved: ProfileDraft = {
  ...emptyProfile('linkedin'),
  name: 'Noor Valdes',
  headline: 'Head of Platform at Ridgeway Labs',
  experience: [{ title: 'Head of Platform', company: 'Ridgeway Labs', location: '', start: 'Mar 2021', end: 'Present', description: '' }],
  photoUrl: 'https://media.licdn.com/dms/image/v2/ABC/profile-displayphoto-shrink_200_200/0/1?e=1767225600&v=beta&t=aaa',
  profileUrl: 'https://www.linkedin.com/in/noor-valdes/',
};

describe('whether a capture changes a saved profile', () => {
  it('is unchanged when only the notices and the photo’s signature differ', () => {
    const again = { ...saved, notices: ['The about section was longer than 2,600 characters and was cut'], photoUrl: saved.photoUrl.replace('e=1767225600', 'e=1799999999').replace('t=aaa', 't=bbb') };
    expect(sameProfileContent(saved, again)).toBe(true);
  });

  it('is changed by a new headline, a new role or the mentee’s own edit', () => {
    expect(sameProfileContent(saved, { ...saved, headline: 'VP Engineering at Ridgeway Labs' })).toBe(false);
    expect(sameProfileContent(saved, { ...saved, experience: [...saved.experience, { ...saved.experience[0]!, title: 'Staff Engineer' }] })).toBe(false);
    expect(sameProfileContent(saved, { ...saved, name: 'Noor Valdés' })).toBe(false);
  });

  it('keeps a photo address’s meaningful parameters, and other sites’ short keys', () => {
    expect(stablePhotoUrl('https://media.licdn.com/p.jpg?e=1&v=beta&t=x')).toBe('https://media.licdn.com/p.jpg');
    expect(stablePhotoUrl('https://cdn.example.org/me.jpg?s=200&X-Amz-Signature=abc&Expires=9')).toBe('https://cdn.example.org/me.jpg?s=200');
    expect(stablePhotoUrl('https://example.org/me.jpg?v=2')).toBe('https://example.org/me.jpg?v=2');
  });
});
