import { useState } from 'react';
import { isProfilePhotoHost } from '../utils/ui/photo-hosts';

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((p) => [...p][0]?.toUpperCase() ?? '').join('') || '?';
}

/**
 * Initials until the user asks for the photo: loading it is a request to another server (LinkedIn's
 * image host), which Mentor Scout never makes on its own. Only photos on the profile sites' own
 * image hosts load in the page (utils/ui/photo-hosts.ts; the pages' Content-Security-Policy allows
 * no other); a photo elsewhere is a link that opens in a tab of its own, on the user's click.
 */
export function Avatar({ name, photoUrl, shown, onShow }: { name: string; photoUrl: string; shown?: boolean; onShow?: () => void }) {
  const [failed, setFailed] = useState(false);
  const loadable = !!photoUrl && isProfilePhotoHost(photoUrl);
  const show = shown && loadable && !failed;
  const elsewhere = !!photoUrl && !loadable && /^https?:\/\//i.test(photoUrl);
  return (
    <div className="row">
      <span className="avatar" aria-hidden={!show}>
        {show ? <img src={photoUrl} alt={`Photo of ${name}`} referrerPolicy="no-referrer" onError={() => setFailed(true)} /> : initials(name)}
      </span>
      {loadable && !shown && onShow && (
        <button type="button" className="link" onClick={onShow} title="Loads the picture from the site it came from">
          Show photo
        </button>
      )}
      {elsewhere && (
        <a href={photoUrl} target="_blank" rel="noreferrer noopener" title={`Opens the picture from ${hostOf(photoUrl)} in a new tab`}>
          Open photo in a new tab
        </a>
      )}
      {failed && <span className="hint">The photo could not be loaded.</span>}
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'another site';
  }
}
