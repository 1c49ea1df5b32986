import type { meetingMessages } from '../../protocol/meetings';
import { isProviderKey } from '../../brands/brands';

// Hand-written twins of the response schemas in lib/protocol/meetings.ts, for content scripts that
// cannot carry zod. test/unit/calendar/content/reply-checks.test.ts holds them to the zod schemas, so the
// two cannot drift apart silently. Stricter where the page is concerned: a join link is written into
// the event, so only an http(s) address passes.

type Check = (value: unknown) => boolean;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** An absolute http(s) address with no spaces: a join link, never a script or data URL. */
const isWebUrl = (value: unknown): boolean =>
  typeof value === 'string' && /^https?:\/\/[^\s/]+\S*$/i.test(value);

const isProvider: Check = isProviderKey;

export const isMeetingLink: Check = (v) =>
  isObject(v) &&
  isProvider(v.provider) &&
  typeof v.meetingId === 'string' &&
  /^\w+$/.test(v.meetingId) &&
  isWebUrl(v.joinUrl) &&
  typeof v.topic === 'string' &&
  typeof v.registration === 'boolean';

const isLinkOrNull: Check = (v) => v === null || isMeetingLink(v);

export const replyChecks: Record<keyof typeof meetingMessages, Check> = {
  'meeting.providers': (v) =>
    isObject(v) &&
    isProvider(v.defaultProvider) &&
    Array.isArray(v.connected) &&
    v.connected.every(isProvider),
  'meeting.attach': (v) => isObject(v) && isMeetingLink(v.link) && typeof v.invitation === 'string',
  'meeting.linkFor': (v) =>
    isObject(v) && isLinkOrNull(v.link) && (v.candidate === undefined || isMeetingLink(v.candidate)),
  'meeting.linkedTo': (v) => isObject(v) && isLinkOrNull(v.link),
  'meeting.sync': (v) =>
    isObject(v) &&
    isLinkOrNull(v.link) &&
    typeof v.updated === 'boolean' &&
    (v.invitation === null || typeof v.invitation === 'string'),
  'meeting.remove': (v) => isObject(v) && v.removed === true,
  'panel.ticket': (v) => isObject(v) && typeof v.ticket === 'string' && /^[0-9a-f]{32}$/.test(v.ticket),
  'auth.signInFromPage': (v) => isObject(v) && typeof v.connected === 'boolean',
};
