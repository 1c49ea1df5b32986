import { describe, expect, it } from 'vitest';
import { replyChecks } from '../../../../lib/calendar/content/reply-checks';
import { meetingMessages } from '../../../../lib/protocol/meetings';

// The content scripts' hand-written reply checks against the contract's zod schemas, on the same
// samples: they must agree, except where the checks are deliberately stricter (a join link that is
// not http(s) is never written into an event).

const LINK = {
  provider: 'zoom',
  meetingId: '81234567890',
  joinUrl: 'https://zoom.us/j/81234567890?pwd=x',
  topic: 'Planning',
  registration: true,
};
const linkVariants: unknown[] = [
  LINK,
  { ...LINK, registration: false, topic: '' },
  { ...LINK, provider: 'webex' },
  { ...LINK, meetingId: '81 234' },
  { ...LINK, meetingId: 81234567890 },
  { ...LINK, joinUrl: 'not a url' },
  { ...LINK, topic: undefined },
  { ...LINK, registration: 'yes' },
  null,
  [],
  'link',
];

const samples: Record<keyof typeof meetingMessages, unknown[]> = {
  'meeting.providers': [
    { defaultProvider: 'zoom', connected: [] },
    { defaultProvider: 'webex', connected: ['zoom', 'webex'] },
    { defaultProvider: 'teams', connected: [] },
    { defaultProvider: 'zoom', connected: ['zoom', 'teams'] },
    { defaultProvider: 'zoom', connected: 'zoom' },
    { defaultProvider: 'zoom' },
    { connected: [] },
    null,
  ],
  'meeting.attach': [
    ...linkVariants.map((link) => ({ link, invitation: 'Join Zoom Meeting' })),
    { link: LINK },
    { link: LINK, invitation: 42 },
    { link: null, invitation: '' },
    null,
  ],
  'meeting.linkFor': [
    ...linkVariants.map((link) => ({ link })),
    ...linkVariants.map((candidate) => ({ link: null, candidate })),
    {},
    undefined,
  ],
  'meeting.linkedTo': [...linkVariants.map((link) => ({ link })), {}, undefined],
  'meeting.sync': [
    ...linkVariants.map((link) => ({ link, updated: true, invitation: null })),
    { link: LINK, updated: false, invitation: 'new text' },
    { link: LINK, updated: 'no', invitation: null },
    { link: LINK, updated: true },
    { link: LINK, updated: true, invitation: 3 },
  ],
  'meeting.remove': [{ removed: true }, { removed: false }, {}, 'removed'],
  'panel.ticket': [
    { ticket: '0123456789abcdef0123456789abcdef' },
    { ticket: '0123456789ABCDEF0123456789ABCDEF' },
    { ticket: 'short' },
    { ticket: 42 },
    {},
    null,
  ],
  'auth.signInFromPage': [{ connected: true }, { connected: false }, { connected: 'true' }, null],
};

describe('reply checks for content scripts', () => {
  it.each(Object.keys(samples) as (keyof typeof meetingMessages)[])(
    '%s agrees with the zod schema',
    (type) => {
      const schema = meetingMessages[type].response;
      for (const sample of samples[type]) {
        expect(replyChecks[type](sample), JSON.stringify(sample)).toBe(schema.safeParse(sample).success);
      }
    },
  );

  it('is stricter than the schema on the join link: only http(s) gets written into an event', () => {
    const script = { ...LINK, joinUrl: 'javascript:alert(1)' };
    expect(meetingMessages['meeting.linkFor'].response.safeParse({ link: script }).success).toBe(true);
    expect(replyChecks['meeting.linkFor']({ link: script })).toBe(false);
  });
});
