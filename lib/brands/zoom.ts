export const zoomBrand = {
  key: 'zoom',
  name: 'Zoom',
  colour: '#0b5cff',
  /** A camera: a body and its lens. */
  glyph: [
    { tag: 'rect', attrs: { x: '4.5', y: '8', width: '10', height: '8', rx: '2', fill: '#fff' } },
    { tag: 'path', attrs: { d: 'M15.5 11.2 19.5 8.6v6.8l-4-2.6z', fill: '#fff' } },
  ],
  // Zoom has no invitation for webinars, and live-streams meetings only.
  rows: {
    start: true,
    invitation: ['meeting'],
    livestream: ['meeting'],
    registerAs: { meeting: 'meeting', webinar: 'webinar' },
  },
  // `https://zoom.us/j/<id>`, a vanity `https://acme.zoom.us/j/<id>`, and the same on ZoomGov
  // (Chrome's `*.` host wildcard matches the bare domain too).
  joinLinks: ['https://*.zoom.us/j/*', 'https://*.zoomgov.com/j/*'],
} as const;
