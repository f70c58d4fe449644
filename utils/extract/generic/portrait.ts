// A photo of the person that the page marks only by its caption: alt "Photograph of the author."
// (fixtures readability-daringfireball-1-*), "My photo" in a blog's profile box, or the person's name.
import { safeHttpUrl } from '../profile-url';
import { cleanText } from '../text';
import { mentionsName, sameName } from './names';
import type { ExtractContext } from './work';

/** Images looked at; the portrait of an About page comes early. */
const MAX_IMAGES = 500;

/** A picture the page captions as its subject: alt "Photograph of the author.", "Portrait of Jane Doe". */
export function portraitUrl(ctx: ExtractContext, name: string): string {
  for (const img of ctx.budget.slice(ctx.doc.querySelectorAll('img[alt][src]'), MAX_IMAGES)) {
    const alt = cleanText(img.getAttribute('alt'));
    const pictureWord = /\b(photo|photograph|portrait|picture|headshot|image|avatar)\b/i.test(alt);
    const ofSubject = /\b(the author|me|myself)\b|^my\b/i.test(alt) || mentionsName(alt, name);
    if ((pictureWord && ofSubject) || sameName(alt, name)) {
      const url = safeHttpUrl(img.getAttribute('src'), ctx.url);
      if (url) return url;
    }
  }
  return '';
}
