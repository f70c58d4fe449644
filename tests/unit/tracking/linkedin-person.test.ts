import { describe, expect, it } from 'vitest';
import { hasLinkedInAddress } from '../../../utils/tracking/linkedin-person';
import { makePerson } from '../builders';

describe('who can be read from a LinkedIn conversation', () => {
  it('a person with a LinkedIn profile address, or one among their other addresses', () => {
    expect(hasLinkedInAddress(makePerson({ profileUrl: 'https://www.linkedin.com/in/ada/', profile: { profileUrl: 'https://www.linkedin.com/in/ada/' } }))).toBe(true);
    expect(
      hasLinkedInAddress(
        makePerson({ profileUrl: 'https://ada.example/', profile: { profileUrl: 'https://ada.example/' }, otherUrls: ['https://uk.linkedin.com/in/ada/'] }),
      ),
    ).toBe(true);
  });

  it('not a person known only from their own site', () => {
    expect(hasLinkedInAddress(makePerson({ profileUrl: 'https://ada.example/', profile: { profileUrl: 'https://ada.example/' }, otherUrls: [] }))).toBe(false);
    expect(hasLinkedInAddress(makePerson({ profileUrl: undefined, profile: { profileUrl: '' }, otherUrls: [] }))).toBe(false);
  });
});
