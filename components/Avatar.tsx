import { useState } from 'react';

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((p) => [...p][0]?.toUpperCase() ?? '').join('') || '?';
}

/**
 * Initials until the user asks for the photo: loading it is a request to another server (LinkedIn's
 * image host), which Mentor Scout never makes on its own.
 */
export function Avatar({ name, photoUrl, shown, onShow }: { name: string; photoUrl: string; shown?: boolean; onShow?: () => void }) {
  const [failed, setFailed] = useState(false);
  const show = shown && photoUrl && !failed;
  return (
    <div className="row">
      <span className="avatar" aria-hidden={!show}>
        {show ? <img src={photoUrl} alt={`Photo of ${name}`} referrerPolicy="no-referrer" onError={() => setFailed(true)} /> : initials(name)}
      </span>
      {photoUrl && !shown && onShow && (
        <button type="button" className="link" onClick={onShow} title="Loads the picture from the site it came from">
          Show photo
        </button>
      )}
      {failed && <span className="hint">The photo could not be loaded.</span>}
    </div>
  );
}
