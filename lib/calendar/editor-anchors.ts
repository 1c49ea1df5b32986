import { google } from './google-selectors';
import { outlook } from './outlook-selectors';

/** Where the button goes in each open editor: the element it is inserted after. */
export type FindAnchors = (root: ParentNode) => Element[];

const isShown = (el: Element): boolean =>
  !el.closest('[hidden], [aria-hidden="true"], [style*="display: none"]');

export const googleAnchors: FindAnchors = (root) => {
  const anchors: Element[] = [];
  for (const panel of root.querySelectorAll(google.quickAddPanel)) if (isShown(panel)) anchors.push(panel);
  if (root.querySelector(google.fullEditorReady)) {
    const location =
      root.querySelector(google.fullEditorLocation) ?? root.querySelector(google.fullEditorCalendar);
    if (location && isShown(location)) anchors.push(location);
  }
  return anchors;
};

export const outlookAnchors: FindAnchors = (root) => {
  const anchors: Element[] = [];
  const picker = root.querySelector(outlook.locationPicker);
  if (picker && isShown(picker)) anchors.push(picker.parentElement ?? picker);
  else for (const form of root.querySelectorAll(outlook.composeForm)) if (isShown(form)) anchors.push(form);
  return anchors;
};
