import base from '@/components/base.css?inline';
import forms from '@/components/forms.css?inline';
import popup from './popup.css?inline';

// The popup's style sheets travel inside the first screen's script and go into the page with it:
// no style sheet to fetch (each file an extension page loads is one more round trip through the
// browser process before the first row), and the rows are styled the moment they are inserted.
// The full popup uses the same rules, so popup.html links no style sheet at all.
export function applyPopupStyles(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = [base, forms, popup].join('\n');
  doc.head.append(style);
}
