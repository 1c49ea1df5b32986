// Google names an event by base64 of "<eventId> <calendarId>": standard base64 in the popover's
// `data-eventid`, URL-safe and unpadded in /r/eventedit/<eid>. Decoding both gives one id for the
// same event, whichever way it was opened. Anything that does not decode to that shape is kept as
// it is, so an id in a form Google may use later still links, just by its raw text.

const SHAPE = /^[A-Za-z0-9_]+ [^\s@]+@\S+$/;

/** "abc123 ada@example.com" from either encoding, else `raw` unchanged. */
export function normalEventId(raw: string): string {
  try {
    // atob takes unpadded input (forgiving base64) and throws on anything that is not base64.
    const text = atob(raw.replace(/-/g, '+').replace(/_/g, '/'));
    return SHAPE.test(text) ? text : raw;
  } catch {
    return raw;
  }
}
