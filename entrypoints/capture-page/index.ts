import { defineUnlistedScript } from '#imports';
import { extractGeneric } from '../../utils/extract/generic/extract';

// Injected into any other page on the user's click (activeTab + scripting): structured data first,
// Readability on a clone of the document for the about text. Returns its result to the injector.
export default defineUnlistedScript(() => extractGeneric(document, location.href));
