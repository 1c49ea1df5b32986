const RING = { r: '4.2', fill: 'none', stroke: '#fff', 'stroke-width': '2' };

export const webexBrand = {
  key: 'webex',
  name: 'Webex',
  colour: '#0a7f9c',
  /** Two overlapping rings: people meeting. */
  glyph: [
    { tag: 'circle', attrs: { cx: '9.5', cy: '12', ...RING } },
    { tag: 'circle', attrs: { cx: '14.5', cy: '12', ...RING } },
  ],
  // The host starts by joining; the background composes every invitation; Webex's API has no live
  // stream; a webinar's attendees register to its meeting series.
  rows: {
    start: false,
    invitation: ['meeting', 'webinar'],
    livestream: [],
    registerAs: { meeting: 'meeting', webinar: 'meeting' },
  },
  // A meeting's links live on its site (`https://<site>.webex.com/<site>/j.php?MTID=m...`,
  // `.../meet/<name>`) and carry no meeting id: any link on a site may be one, Webex says which.
  joinLinks: ['https://*.webex.com/*'],
} as const;
