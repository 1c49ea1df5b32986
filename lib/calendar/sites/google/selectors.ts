// Every Google Calendar hook, each from the public record (docs/CALENDAR-DOM.md) with its source:
// Zoom-old / Zoom-new (the official Zoom Scheduler extension), Brave (brave-talk-gcalendar-extension
// and its live suite), Toggl (track-extension), the 2018 page (a saved full editor). Ids and jsname
// values are Google's own names; classes are generated, visible text is translated. Each field is
// a chain, tried in order: id, jsname, role/structure, the per-language label table last.
// README.md beside this file maps each hook to its line in the record and lists the hooks deleted.
//
// Event ids: the popover's `data-eventid` is base64 of "<eventId> <calendarId>", and so is the eid
// in /r/eventedit/<eid> (URL-safe, unpadded). Both are decoded to that text (event-id.ts), so the
// same event has one id whichever way it was reached.

/** Per-language labels, the chains' last link (Brave's live suite matches them in English). */
const TITLE_LABELS = ['Title'];
const DELETE_LABELS = ['Delete event'];

/** `body[data-viewfamily]`: EVENT is the grid, EVENT_EDIT the full editor (Brave). */
export const viewFamilyAttr = 'data-viewfamily';
export const viewFamilyEdit = 'EVENT_EDIT';

/** Quick-add: a dialog holding the Event tab's panel (Brave). */
export const quickAddDialog = '[role=dialog]';
export const quickAddPanel = '[role=tabpanel][aria-labelledby=tabEvent]';
/** Quick-add location, description and Save (Zoom-new); Save sits in the dialog, beside the tab panel. */
export const quickAddLocation = 'div[jsname=vHVaxd] input[role=combobox]';
export const quickAddDescription = '[jsname=hGaP9]';
export const quickAddSave = '[jsname=x8hlje]';

/** The full editor is built once the notifications exist with location or calendar (Brave). */
export const fullEditorReady = '#xNtList';
export const fullEditorAnchors = ['#xLocIn', '#xOnCal'];
/** Reads are scoped to the whole editor: title and times sit above the tab panel (record). */
export const fullEditorRoot = '[role=main]';

/** Title: id; jsname (Zoom-old/new); `data-initial-value` (Toggl); the label (Brave). */
export const title = [
  '#xTiIn',
  'div[jsname=GYcwYe] input',
  'input[data-initial-value]',
  ...TITLE_LABELS.map((l) => `input[type=text][aria-label="${l}"]`),
];

/**
 * Dates, "yyyymmdd": `data-date` on the input (Zoom-old), `data-ical` on its jsname wrapper
 * (2018 page, Zoom-new fallback); the end date's wrapper is NNrqNc (Zoom) or qPZlPe (2018 page).
 */
export const startDate = ['#xStDaIn', 'div[jsname=iKdrbf] input[jsname=YPqjbf]', 'div[jsname=iKdrbf]'];
export const endDate = [
  '#xEnDaIn',
  'div[jsname=NNrqNc] input[jsname=YPqjbf]',
  'div[jsname=qPZlPe] input[jsname=YPqjbf]',
  'div[jsname=NNrqNc]',
  'div[jsname=qPZlPe]',
];
/** Times: `data-initial-value` ("5:30pm" or "T173000") on the input, `data-ical` on the wrapper (Zoom). */
export const startTime = ['#xStTiIn', 'div[jsname=B4GDSd]', 'div[jsname=B4GDSd] input[jsname=YPqjbf]'];
export const endTime = ['#xEnTiIn', 'div[jsname=XCHdmd]', 'div[jsname=XCHdmd] input[jsname=YPqjbf]'];

/**
 * All day: the checkbox's aria-checked (Zoom-old), newer a real checkbox inside it (record); then
 * structure: an event whose start time is hidden is all-day (the quick-add dialog has no checkbox).
 */
export const allDay = [
  '#xAlDaCbx[role=checkbox]',
  '#xAlDaCbx input[type=checkbox]',
  '#xStTiIn',
  'div[jsname=B4GDSd]',
];

/**
 * The event's own zone, as text: start PH80Af and end yxQRke under L2QMlb (Zoom-old/new), empty
 * unless the event has a zone of its own; then #xTimezone, the "Time zone" button, whose text
 * counts only when it names a zone (Zoom-old). `#timezonedata` (2025 page save) holds JSON whose
 * [0] lists [IANA id, "(GMT-05:00) Eastern Time - New York"] pairs, turning a label into an id.
 */
export const zone = [
  'div[jsname=L2QMlb] div[jsname=PH80Af]',
  'div[jsname=L2QMlb] [jsname=yxQRke]',
  '#xTimezone',
];
export const zoneTable = '#timezonedata';

/**
 * Repeat: the selected option's `data-value`, a JSON array; [1] set means it repeats, and one
 * element is the "RRULE:..." text (Zoom-old). The newer list is named by jsname (Zoom-new); the
 * record elides its items' attributes, so the older list's are taken there, as a second link.
 */
export const repeatControls = ['div[jsname=T7keRc]', '[jsname=xl07Ob]'];
export const repeatSelected = [
  'div[jsname=T7keRc] div[jsname=d9BH4c] div[data-value][aria-selected=true]',
  '[jsname=xl07Ob] li[data-value][aria-selected=true]',
];

/** Guests: rows with `data-email` (record), else the hovercard spans (record). */
export const guests = ['#xGstLst > div[data-email]', '#xGstLst span[data-hovercard-id]'];

/** Location: the combobox in #xLocIn (Brave); by jsname (Zoom); the quick-add wrapper (Zoom-new). */
export const location = [
  '#xLocIn input[jsname=YPqjbf][role=combobox]',
  'div[jsname=yNrILb] div[jsname=YPqjbf] input[role=combobox]',
  quickAddLocation,
];

/** Description (Zoom-old), the newer editor's (Zoom-new), the quick-add dialog's [jsname=hGaP9] (Zoom-new). */
export const description = [
  '#xDescIn div[jsname=yrriRe]',
  '#xDescIn [contenteditable]',
  '[jsname=PAiuue] [jsname=hGaP9] [jsname=yrriRe]',
  '[jsname=hGaP9] [contenteditable=true]',
];

/** Save: `button#xSaveBu[jsname=x8hlje]`, older `div[role=button][jsname=x8hlje]` (Zoom). */
export const saveButton = '#xSaveBu,[jsname=x8hlje]';

/**
 * The event popover's Delete: the record's `#xDetDlg button[jsname=VkLyEc]` in any tag (Zoom-old
 * saw a div[role=button]), or by its label in the popover (Brave); the id on #xDetDlg.
 */
export const popoverDelete = [
  '#xDetDlg [jsname=VkLyEc]',
  ...DELETE_LABELS.map((l) => `[data-chips-dialog=true] [aria-label="${l}"]`),
].join();
export const popoverEventId = '#xDetDlg[data-eventid]';

/** Existing events open at /calendar/r/eventedit/<eid> (optionally under /u/<n>/). */
export const eventIdPath = /\/eventedit\/([^/?#]+)/;
