// Google names an event by base64 of "<eventId> <calendarId>": standard base64 in the popover's
// `data-eventid`, URL-safe and unpadded in /r/eventedit/<eid>. Decoding both gives one id for the
// same event, whichever way it was opened. Anything that does not decode to that shape is kept as
// it is, so an id in a form Google may use later still links, just by its raw text.

const SHAPE = /^[A-Za-z0-9_]+ [^\s@]+@\S+$/;

/** "abc123 ada@example.com" from either encoding, else `raw` unchanged. */
export function normalEventId(raw: string): string {
  const b64 = raw.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]+$/.test(b64) || b64.length % 4 === 1) return raw;
  try {
    const text = atob(b64.padEnd(Math.ceil(b64.length / 4) * 4, '='));
    return SHAPE.test(text) ? text : raw;
  } catch {
    return raw;
  }
}
