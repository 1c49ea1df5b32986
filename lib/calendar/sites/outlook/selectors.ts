// Every Outlook on the web hook in one place, each from docs/CALENDAR-DOM.md ("Outlook on the web").
// Sources, as the record names them: OutlookPW = SlobodanDjuric/outlook-playwright-automation,
// pages/selectors/calendarFields.js and pages/page-objects/NewEventCompose.js (new Outlook, 2026);
// Jidesha = jitsi/jidesha, calendar/meet-calendar.js (older OWA); on-prem = the record's older-OWA
// column for /owa/. Outlook names most controls by localized labels only, so each field is read
// through a chain: ids first, then structure and roles, per-language label tables last.
// (Separate constants, not one object: the minifier shortens their names, the content-script
// budget is 25 kB.)

/** An element's name as a person hears it: its aria-label, else its text. */
export const nameOf = (el: Element): string =>
  (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The compose form's anchor in new Outlook: the location picker's id (OutlookPW `LocationInput`). */
export const LOCATION_PICKER = '#location-suggestions-picker-input';
/** Older OWA's location field, by its English label (record, older-OWA column). */
export const LOCATION_BY_LABEL = "input[aria-label='Search for a location']";

/** The compose form around the picker: a dialog in new Outlook (OutlookPW `page.getByRole('dialog')`). */
export const COMPOSE_DIALOG = '[role="dialog"]';
/** Older OWA names its form (Jidesha `div[aria-label='Event compose form']`). */
export const COMPOSE_BY_LABEL = "div[aria-label='Event compose form']";
/** The full-page form (/calendar/deeplink/compose) fills the app's main region (role). */
export const COMPOSE_MAIN = '[role="main"]';

/**
 * Body (OutlookPW `BodyEditable`) WITHOUT its `[data-ms-editor]`: the Microsoft Editor browser
 * extension adds that, so outside Edge it may be missing. The last match that is not an attendee
 * well is the body: the wells above it are contenteditable too.
 */
export const BODY = 'div[role="textbox"][contenteditable="true"]';
/** Older OWA's body by its English labels (record, older-OWA column; Jidesha `Event body`). */
export const BODY_BY_LABEL = "div[aria-label^='Add a description'],div[aria-label='Event body']";

/** Title by structure: the form's first plain text input (the pickers are comboboxes). */
export const TITLE_BY_STRUCTURE =
  'input[type="text"]:not([role]):not([aria-label="Search for a location"]),input:not([type]):not([role])';
/**
 * Title by placeholder, the fallback table: "Add title" (OutlookPW `TitleInput`), "Add a title"
 * (older OWA), "Add a title for the event" (on-prem); the German and Japanese UI's strings.
 */
export const TITLE_BY_PLACEHOLDER = [
  'Add title',
  'Add a title',
  'Add a title for the event',
  'Titel hinzufügen',
  'タイトルを追加',
]
  .map((t) => `input[placeholder="${t}"]`)
  .join();

/** Date and time by structure: the form's comboboxes in order, start date first (OutlookPW's date/time panel). */
export const COMBOBOX = '[role="combobox"]';
/**
 * Date and time by name, the English fallback (OutlookPW `StartDateLabel` ... `EndTimeLabel`:
 * comboboxes named /start date/i ...; older OWA `input[aria-label='Start date']`; on-prem
 * `button[aria-label^="start date"]`). OutlookPW: the end date shows only for all-day events.
 */
export const timeField = (name: string) =>
  `[role="combobox"][aria-label*="${name}" i],input[aria-label*="${name}" i],button[aria-label^="${name}" i]`;

/** All day (OutlookPW `AllDayCheckbox`): `.checked`. */
export const ALL_DAY = 'input[aria-label*="all day" i]';

/**
 * Attendee wells: required/optional (OutlookPW `RequiredAttendeesEditable`,
 * `OptionalAttendeesEditable`); older OWA `div[aria-label='Invite attendees']`. Addresses are read
 * from the well's text, where OutlookPW sees an added address appear.
 */
export const ATTENDEES =
  '[aria-label="Invite required attendees"][contenteditable="true"],[aria-label="Invite optional attendees"][contenteditable="true"]';
export const ATTENDEES_BY_LABEL = "div[aria-label='Invite attendees']";

/**
 * A series shows its summary button "Occurs every ..." (OutlookPW `OccursEveryLabel`); its rule has
 * no public hook, so a series is reported unreadable and the person confirms it.
 */
export const SERIES_LABEL = /occurs every/i;

/**
 * Save / Delete by name, the fallback table (OutlookPW `SaveLabel` /^save$/i, `DeleteLabel`,
 * `CalendarActions.Send`; older OWA sends): English, German, Japanese. An unknown language means no
 * sync on save, never a wrong one.
 */
export const SAVE_LABELS = ['Save', 'Send', 'Speichern', 'Senden', '保存', '送信'];
export const DELETE_LABELS = ['Delete', 'Löschen', '削除'];
export const BUTTON = 'button,[role="button"]';

/** An opened event's address: /calendar/item/<url-encoded id> (Microsoft Graph's `webLink` for an event). */
export const EVENT_ID_PATH = /\/calendar\/item\/([^/?#]+)/;
