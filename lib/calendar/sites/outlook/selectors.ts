// Every Outlook on the web hook in one place, each from docs/CALENDAR-DOM.md ("Outlook on the web").
// Sources, as the record names them: OutlookPW = SlobodanDjuric/outlook-playwright-automation,
// pages/selectors/calendarFields.js and pages/page-objects/NewEventCompose.js (new Outlook, 2026);
// Jidesha = jitsi/jidesha, calendar/meet-calendar.js (older OWA); on-prem = the record's older-OWA
// column for /owa/. Outlook names most controls by localized labels only, so each field is read
// through a chain: ids first, then structure and roles, per-language label tables last.

/** `[aria-label*="x" i]`-style matching of an element's name, as Playwright's getByRole does. */
export const nameOf = (el: Element): string =>
  (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();

export const outlook = {
  /** The compose form's anchor in new Outlook: the location picker's id (OutlookPW `LocationInput`). */
  locationPicker: '#location-suggestions-picker-input',
  /** Older OWA's location field, by its English label (record, older-OWA column). */
  locationByLabel: "input[aria-label='Search for a location']",

  /** The compose form around the picker: a dialog in new Outlook (OutlookPW `page.getByRole('dialog')`). */
  composeDialog: '[role="dialog"]',
  /** Older OWA names its form (Jidesha `div[aria-label='Event compose form']`). */
  composeByLabel: "div[aria-label='Event compose form']",
  /** The full-page form (/calendar/deeplink/compose) fills the app's main region (role). */
  composeMain: '[role="main"]',

  /**
   * Body (OutlookPW `BodyEditable`) WITHOUT its `[data-ms-editor]`: the Microsoft Editor browser
   * extension adds that, so outside Edge it may be missing. The last match is the body: the
   * attendee wells above it are contenteditable too.
   */
  body: 'div[role="textbox"][contenteditable="true"]',
  /** Older OWA's body by its English labels (record, older-OWA column; Jidesha `Event body`). */
  bodyByLabel: "div[aria-label^='Add a description'], div[aria-label='Event body']",

  /** Title by structure: the form's first plain text input (the pickers are comboboxes). */
  titleByStructure:
    'input[type="text"]:not([role]):not([aria-label="Search for a location"]), input:not([type]):not([role])',
  /**
   * Title by placeholder, the fallback table: "Add title" (OutlookPW `TitleInput`), "Add a title"
   * (Jidesha era), "Add a title for the event" (on-prem); German and Japanese UI strings.
   */
  titlePlaceholders: [
    'Add title',
    'Add a title',
    'Add a title for the event',
    'Titel hinzufügen',
    'タイトルを追加',
  ],

  /** Date and time by structure: the form's comboboxes in order, start date first (OutlookPW date/time panel). */
  combobox: '[role="combobox"]',
  /**
   * Date and time by name (OutlookPW `StartDateLabel` ... `EndTimeLabel`: comboboxes named
   * /start date/i ...; older OWA `input[aria-label='Start date']`; on-prem `button[aria-label^="start date"]`).
   * OutlookPW: the end date shows only for all-day events, so a missing one means the start's day.
   */
  timeNames: {
    startDate: 'start date',
    startTime: 'start time',
    endDate: 'end date',
    endTime: 'end time',
  },
  namedTimeField: (name: string) =>
    `[role="combobox"][aria-label*="${name}" i], input[aria-label*="${name}" i], button[aria-label^="${name}" i]`,

  /** All day (OutlookPW `AllDayCheckbox`): `.checked`. */
  allDay: 'input[aria-label*="all day" i]',
  /** Older OWA: a label "All day" and its button (record, older-OWA column); the fallback table. */
  allDayLabels: ['All day'],
  allDayLabelText: 'label, span',
  allDayControl: 'button, input, [role="checkbox"], [role="switch"]',

  /**
   * Attendee wells: required/optional (OutlookPW `RequiredAttendeesEditable`,
   * `OptionalAttendeesEditable`); older OWA `div[aria-label='Invite attendees']`. Addresses are read
   * from the well's text, where OutlookPW sees an added address appear.
   */
  attendees:
    '[aria-label="Invite required attendees"][contenteditable="true"], [aria-label="Invite optional attendees"][contenteditable="true"]',
  attendeesByLabel: "div[aria-label='Invite attendees']",

  /**
   * A series shows its summary button "Occurs every ..." (OutlookPW `OccursEveryLabel`); its rule
   * has no public hook, so a series is reported unreadable and the person confirms it.
   */
  seriesSummary: 'button, [role="button"]',
  seriesLabel: /occurs every/i,

  /**
   * Save / Delete by name, the fallback table (OutlookPW `SaveLabel` /^save$/i, `DeleteLabel`,
   * `CalendarActions.Send`; older OWA sends): English, German, Japanese. An unknown language
   * means no sync on save, never a wrong one.
   */
  saveLabels: ['Save', 'Send', 'Speichern', 'Senden', '保存', '送信'],
  deleteLabels: ['Delete', 'Löschen', '削除'],
  actionButton: 'button, [role="button"]',

  /** An opened event's address: /calendar/item/<url-encoded id> (the item links Microsoft Graph gives as `webLink`). */
  eventIdPath: /\/calendar\/item\/([^/?#]+)/,
} as const;
