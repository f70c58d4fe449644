// The page section is made only when the user saves: serialising the profile's part of a LinkedIn
// page costs as much as reading every field, and most captures that are looked at are not saved.
// The capture script leaves a function under this name in the extension's isolated world (never
// seen by the page, and gone with it); Save calls it through one more executeScript in that tab.
export const PAGE_SECTION_HANDOFF = '__mentorScoutPageSection';
