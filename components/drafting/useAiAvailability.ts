import { useEffect, useState } from 'react';
import { aiAvailability, type AiAvailability } from '../../utils/drafting/ai';

/**
 * Whether the browser's on-device model can be used: asked once when the panel opens. null while
 * asking, so nothing about AI flashes up on browsers that have none.
 */
export function useAiAvailability(): AiAvailability | null {
  const [state, setState] = useState<AiAvailability | null>(null);
  useEffect(() => {
    let live = true;
    void aiAvailability().then((answer) => live && setState(answer));
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The states in which the rewrite buttons are offered (a download starts on first use). */
export function aiUsable(state: AiAvailability | null): boolean {
  return state === 'available' || state === 'downloadable' || state === 'downloading';
}
