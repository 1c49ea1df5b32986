// Every Google Calendar hook, each from the public record (docs/CALENDAR-DOM.md) with its source:
// Zoom-old / Zoom-new (the official Zoom Scheduler extension), Brave (brave-talk-gcalendar-extension
// and its live suite), Toggl (track-extension), the 2018 page (a saved full editor). Ids and jsname
// attributes are Google's own names; classes are generated, visible text is translated. Each field
// is a chain, tried in order: id, jsname, role/structure, the per-language label table last.
// The README beside this file maps each hook to its line in the record and lists the hooks deleted.

/** One link of an attribute chain: the element, and the attribute holding the value. */
export type AttrLink = readonly [selector: string, attribute: string];

/** Per-language labels, the chains' last resort (Brave's live suite matches them in English). */
const TITLE_LABELS = ['Title'];
const DELETE_LABELS = ['Delete event'];

export const google = {
  /** `body[data-viewfamily]`: EVENT is the grid, EVENT_EDIT the full editor (Brave). */
  viewFamilyAttr: 'data-viewfamily',
  viewFamilyEdit: 'EVENT_EDIT',

  /** Quick-add: a dialog holding the Event tab's panel (Brave). */
  quickAddDialog: '[role="dialog"]',
  quickAddPanel: '[role="tabpanel"][aria-labelledby="tabEvent"]',
  /** Quick-add location wrapper and description (Zoom-new); the button goes after the location. */
  quickAddLocation: 'div[jsname="vHVaxd"] input[role="combobox"]',
  quickAddDescription: '[jsname="hGaP9"]',
  /** Quick-add Save (Zoom-new); it sits in the dialog, beside the tab panel. */
  quickAddSave: '[jsname="x8hlje"]',

  /** The full editor is built once the notifications exist with location or calendar (Brave). */
  fullEditorReady: '#xNtList',
  fullEditorAnchors: ['#xLocIn', '#xOnCal'],
  /** Reads are scoped to the whole editor: title and times sit above the tab panel (record). */
  fullEditorRoot: '[role="main"]',

  /** Title: id, jsname (Zoom-old/new), `data-initial-value` (Toggl), the label (Brave). */
  title: [
    '#xTiIn',
    'div[jsname="GYcwYe"] input',
    'input[data-initial-value]',
    ...TITLE_LABELS.map((l) => `input[type="text"][aria-label="${l}"]`),
  ],

  /**
   * Dates: "yyyymmdd" in `data-date` on the input (Zoom-old) or in `data-ical` on its jsname
   * wrapper (2018 page, Zoom-new fallback). End date wrapper NNrqNc (Zoom), qPZlPe (2018 page).
   */
  startDate: [
    ['#xStDaIn', 'data-date'],
    ['div[jsname="iKdrbf"] input[jsname="YPqjbf"]', 'data-date'],
    ['div[jsname="iKdrbf"]', 'data-ical'],
  ] as readonly AttrLink[],
  endDate: [
    ['#xEnDaIn', 'data-date'],
    ['div[jsname="NNrqNc"] input[jsname="YPqjbf"]', 'data-date'],
    ['div[jsname="qPZlPe"] input[jsname="YPqjbf"]', 'data-date'],
    ['div[jsname="NNrqNc"]', 'data-ical'],
    ['div[jsname="qPZlPe"]', 'data-ical'],
  ] as readonly AttrLink[],
  /** Times: `data-initial-value` ("5:30pm" or "T173000") on the input, `data-ical` on the wrapper (Zoom). */
  startTime: [
    ['#xStTiIn', 'data-initial-value'],
    ['div[jsname="B4GDSd"]', 'data-ical'],
    ['div[jsname="B4GDSd"] input[jsname="YPqjbf"]', 'data-initial-value'],
  ] as readonly AttrLink[],
  endTime: [
    ['#xEnTiIn', 'data-initial-value'],
    ['div[jsname="XCHdmd"]', 'data-ical'],
    ['div[jsname="XCHdmd"] input[jsname="YPqjbf"]', 'data-initial-value'],
  ] as readonly AttrLink[],
  /** Whether times are shown at all: an event without them is all-day (structure, from the above). */
  startTimeShown: ['#xStTiIn', 'div[jsname="B4GDSd"]'],

  /** All day: the role=checkbox's aria-checked (Zoom-old); newer, a real checkbox inside it. */
  allDayAria: '#xAlDaCbx[role="checkbox"]',
  allDayInput: '#xAlDaCbx input[type="checkbox"]',

  /**
   * The event's own zone, shown as text: start (PH80Af) and end (yxQRke) under L2QMlb (Zoom-old/new),
   * empty unless the event has a zone of its own; `#xTimezone` is the "Time zone" button, whose
   * text counts only when it names a zone. `#timezonedata` (2025 page save) holds JSON whose [0]
   * lists [IANA id, "(GMT-05:00) Eastern Time - New York"] pairs, to turn a shown label into an id.
   */
  eventZone: ['div[jsname="L2QMlb"] div[jsname="PH80Af"]', 'div[jsname="L2QMlb"] [jsname="yxQRke"]'],
  zoneButton: '#xTimezone',
  zoneTable: '#timezonedata',

  /**
   * Repeat: the selected option's `data-value`, a JSON array; [1] set means it repeats and one
   * element is the "RRULE:..." text (Zoom-old). The newer list (Zoom-new) is named by jsname; the
   * record elides its item's attributes, so the older list's are assumed there, as a second link.
   */
  repeatControls: ['div[jsname="T7keRc"]', '[jsname="xl07Ob"]'],
  repeatSelected: [
    'div[jsname="T7keRc"] div[jsname="d9BH4c"] div[data-value][aria-selected="true"]',
    '[jsname="xl07Ob"] li[data-value][aria-selected="true"]',
  ],

  /** Guests: rows with `data-email` (record), else the hovercard spans (a public extension). */
  guestRows: '#xGstLst > div[data-email]',
  guestCards: '#xGstLst span[data-hovercard-id]',

  /** Location: the combobox in #xLocIn (Brave); by jsname (Zoom); the quick-add wrapper (Zoom-new). */
  location: [
    '#xLocIn input[jsname="YPqjbf"][role="combobox"]',
    'div[jsname="yNrILb"] div[jsname="YPqjbf"] input[role="combobox"]',
    'div[jsname="vHVaxd"] input[role="combobox"]',
  ],

  /** Description (Zoom-old), the newer editor's (Zoom-new), then quick-add's [jsname=hGaP9] (Zoom-new). */
  description: [
    '#xDescIn div[jsname="yrriRe"]',
    '#xDescIn [contenteditable="true"]',
    '[jsname="PAiuue"] [jsname="hGaP9"] [jsname="yrriRe"]',
    '[jsname="hGaP9"] [contenteditable="true"]',
  ],

  /** Save: `button#xSaveBu[jsname=x8hlje]`, older `div[role=button][jsname=x8hlje]` (Zoom). */
  saveButton: '#xSaveBu, [jsname="x8hlje"]',

  /**
   * The event popover's Delete (Zoom-old; Brave by its label) and the popover holding the id.
   * `data-eventid` is base64 of "<eventId> <calendarId>"; so is the eid in /r/eventedit/<eid>
   * (URL-safe, unpadded). Both are normalised to that decoded text (event-id.ts), so the same
   * event has one id whichever way it was reached.
   */
  popoverDelete: [
    // The record's `#xDetDlg button[jsname=VkLyEc]`, any tag: Zoom-old saw it as a div[role=button].
    '#xDetDlg [jsname="VkLyEc"]',
    ...DELETE_LABELS.map((l) => `[data-chips-dialog="true"] [aria-label="${l}"]`),
  ].join(', '),
  popoverEventId: '#xDetDlg[data-eventid]',
  popoverDialog: '[role="dialog"]',

  /** Existing events open at /calendar/r/eventedit/<eid> (optionally under /u/<n>/). */
  eventIdPath: /\/eventedit\/([^/?#]+)/,
} as const;
