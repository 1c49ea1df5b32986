// Every Outlook on the web hook in one place (shared/CALENDAR-DOM.md). Ids and data-* first, then
// structure (roles inside the compose form); per-language labels only as a fallback table, since
// Outlook localizes most labels. Hooks marked ASSUMED are not in CALENDAR-DOM.md: the fixture
// models them and they must be checked against the live page before release.
export const outlook = {
  /** Location picker input (id): the anchor of the compose form in new Outlook. */
  location: '#location-suggestions-picker-input',
  /** The compose form: the dialog or main region around the location picker (roles). */
  composeRoot: '[role="dialog"], [role="main"]',
  /** Older OWA's compose form, by its label: fallback table, English first. */
  legacyComposeForm: [
    "div[aria-label='Event compose form']",
    "div[aria-label='Formular zum Verfassen eines Termins']",
  ],
  /** Body editor (role + contenteditable + data-ms-editor, the Microsoft editor's own attribute). */
  body: 'div[role="textbox"][contenteditable="true"][data-ms-editor="true"]',
  /** Title: the form's first plain text input (structure); localized placeholders as fallback. */
  title: 'input[type="text"]:not([role]), input:not([type]):not([role])',
  titleByLabel: ['Add title', 'Titel hinzufügen', 'タイトルを追加'].map((t) => `input[placeholder="${t}"]`),
  /** ASSUMED: the date/time row is a role=group with comboboxes in order start date, start time, end date, end time. */
  timeRow: '[role="group"]',
  timeRowFields: 'input[role="combobox"]',
  /** ASSUMED: the all-day toggle is the switch in that row (the Teams toggle sits elsewhere). */
  allDay: 'input[role="switch"]',
  /** ASSUMED: the time-zone picker carries the IANA id in data-tzid; its text is a localized Windows name. */
  timeZone: '[data-tzid]',
  tzAttr: 'data-tzid',
  /** ASSUMED: attendee chips carry their address in data-email, the name in [data-name]. */
  guest: '[data-email]',
  guestName: '[data-name]',
  /** ASSUMED: the repeat chooser carries the rule as RRULE text. */
  recurrence: '[data-rrule]',
  rruleAttr: 'data-rrule',
  /** ASSUMED: the form's Save and Delete buttons are known only by their localized aria-labels, so
   * a fallback table; an unknown language means no sync on save, never a wrong one. */
  saveLabels: ['Save', 'Speichern', '保存'] as string[],
  deleteLabels: ['Delete', 'Löschen', '削除'] as string[],
  /** Existing events open at /calendar/item/<url-encoded id>. */
  eventIdPath: /\/calendar\/item\/([^/?#]+)/,
} as const;
