// Google Calendar's stable hooks (ids and jsname attributes, see shared/CALENDAR-DOM.md). Never
// generated class names, never translated text.
export const google = {
  /** The quick-add dialog's event tab. */
  quickAddPanel: '[role="dialog"] [role="tabpanel"][aria-labelledby="tabEvent"]',
  /** The full editor is ready when the notification list exists (with location or calendar). */
  fullEditorReady: '#xNtList',
  fullEditorLocation: '#xLocIn',
  fullEditorCalendar: '#xOnCal',
} as const;
