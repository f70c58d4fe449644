// @vitest-environment happy-dom
// The avatar loads a photo only after "Show photo", and only from a profile site's image host; a
// photo anywhere else is a link that opens in a tab (issue #9, item 7).
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Avatar } from '../../../components/Avatar';

afterEach(cleanup);

const LINKEDIN_PHOTO = 'https://media.licdn.com/dms/image/v2/C4E03AQ/profile-displayphoto-shrink_200_200/0/1';
const ELSEWHERE = 'https://photos.tracker.example/jo.jpg';

describe('Avatar', () => {
  it('shows initials and a "Show photo" button for a LinkedIn photo, and loads it once shown', () => {
    const { rerender, container } = render(<Avatar name="Jo Quill" photoUrl={LINKEDIN_PHOTO} shown={false} onShow={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('JQ')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show photo' })).toBeTruthy();
    rerender(<Avatar name="Jo Quill" photoUrl={LINKEDIN_PHOTO} shown onShow={() => {}} />);
    expect(container.querySelector('img')?.getAttribute('src')).toBe(LINKEDIN_PHOTO);
  });

  it('never loads a photo on another host, even when "show photo" is set (as an import could set it)', () => {
    const { container } = render(<Avatar name="Jo Quill" photoUrl={ELSEWHERE} shown onShow={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show photo' })).toBeNull();
    const link = screen.getByRole('link', { name: 'Open photo in a new tab' });
    expect(link.getAttribute('href')).toBe(ELSEWHERE);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noreferrer noopener');
  });

  it('offers no link for an address that is not http(s)', () => {
    render(<Avatar name="Jo Quill" photoUrl="javascript:alert(1)" shown onShow={() => {}} />);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
