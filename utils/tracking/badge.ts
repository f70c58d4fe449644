// The toolbar button's title says what its number counts (issue #13): follow-ups due and
// reflections due, each named, so "3" is never a mystery.

/** "Mentor Scout — 2 follow-ups and 1 reflection due", or the plain title when nothing is due. */
export function badgeTitle(followUps: number, reflections: number): string {
  const parts = [
    followUps > 0 ? `${followUps} follow-up${followUps === 1 ? '' : 's'}` : '',
    reflections > 0 ? `${reflections} reflection${reflections === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return parts.length ? `Mentor Scout — ${parts.join(' and ')} due` : 'Save this profile to Mentor Scout';
}
