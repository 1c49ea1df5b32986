// Every Google Calendar hook in one place (shared/CALENDAR-DOM.md). Ids and jsname attributes are
// Google's own stable names; classes are generated and change weekly, visible text is translated.
// Hooks marked ASSUMED are not in CALENDAR-DOM.md: the fixture models them and they must be
// checked against the live page before release.
export const google = {
  /** `body[data-viewfamily]`: EVENT for the grid, EVENT_EDIT for the full editor. */
  viewFamilyAttr: 'data-viewfamily',
  viewFamilyEdit: 'EVENT_EDIT',
  /** Quick-add: a role=dialog holding the "Event" tab's panel (aria-labelledby is an id, not text). */
  quickAddDialog: '[role="dialog"]',
  quickAddPanel: '[role="tabpanel"][aria-labelledby="tabEvent"]',
  /** Quick-add description area (jsname). */
  quickAddDescription: '[jsname="hGaP9"]',
  /** Full editor is ready when the notification list exists with the location or calendar row. */
  fullEditorReady: '#xNtList',
  fullEditorRows: '#xLocIn, #xOnCal',
  /** Title: the input inside the title wrapper (jsname), in both editors. */
  title: 'div[jsname="GYcwYe"] input',
  /** Date and time pickers (jsname); `data-ical` holds "20260310" / "T093000", never localized. */
  startDate: 'div[jsname="iKdrbf"]',
  startTime: 'div[jsname="B4GDSd"]',
  endDate: 'div[jsname="NNrqNc"]',
  endTime: 'div[jsname="XCHdmd"]',
  icalAttr: 'data-ical',
  /** All-day checkbox (id + role); its state is aria-checked. */
  allDay: '#xAlDaCbx[role="checkbox"]',
  /** Time-zone button (id). ASSUMED: the IANA id in `data-tzid`; its text is localized. */
  timeZone: '#xTimezone',
  /** ASSUMED: the calendar's own zone on the grid, for the quick-add dialog which shows none. */
  calendarTimeZone: '[data-tzid]',
  tzAttr: 'data-tzid',
  /** Location: the combobox input (jsname + role) inside #xLocIn, or inside the quick-add panel. */
  location: '#xLocIn input[jsname="YPqjbf"][role="combobox"]',
  quickAddLocation: 'input[jsname="YPqjbf"][role="combobox"]',
  /** Description editor: the contenteditable textbox in #xDescIn (full) or [jsname=hGaP9] (quick-add). */
  description: '#xDescIn [role="textbox"][contenteditable="true"], #xDescIn div[contenteditable="true"]',
  quickAddDescriptionBox: '[jsname="hGaP9"] [contenteditable="true"]',
  /** Guests: rows carrying the address in data-email; the name is the row's [data-name] text. ASSUMED. */
  guest: '[data-email]',
  guestName: '[data-name]',
  /** Recurrence: the repeat chooser's selected value as RRULE text. ASSUMED. */
  recurrence: '[data-rrule]',
  rruleAttr: 'data-rrule',
  /** The full editor's Save button (id). ASSUMED: Google's id, not yet in CALENDAR-DOM.md. */
  saveButton: '#xSaveBu',
  /** ASSUMED: the full editor's Delete button (id), shown for events that exist already. */
  deleteButton: '#xDelBu',
  /** ASSUMED: the quick-add dialog's Save button (jsname); it sits in the dialog, outside the tab panel. */
  quickAddSave: '[jsname="x8hlje"]',
  /** Existing events open at /calendar/r/eventedit/<eid> (optionally under /u/<n>/). */
  eventIdPath: /\/eventedit\/([A-Za-z0-9_-]+)/,
} as const;
