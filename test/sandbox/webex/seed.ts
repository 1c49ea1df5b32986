import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { WebexMeeting, WebexState } from './state';

/**
 * The seed of the Webex world (test/sandbox/webex-seed.json). Like the Zoom seed, times are offsets
 * in minutes from the sandbox clock's "now", so upcoming meetings stay upcoming.
 */
const MINUTE = 60_000;

const RegistrantSeed = z.object({
  id: z.string().min(1).optional(),
  email: z.email(),
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  status: z.enum(['approved', 'pending', 'rejected']).default('approved'),
  registeredOffsetMinutes: z.number().default(-1440),
});

const MeetingSeed = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .optional(),
  meetingNumber: z
    .string()
    .regex(/^\d{9,11}$/)
    .optional(),
  title: z.string().min(1).max(128),
  agenda: z.string().default(''),
  password: z.string().default('Sbx12345'),
  startOffsetMinutes: z.number(),
  durationMinutes: z.int().min(10).max(1439).default(60),
  timezone: z.string().default('UTC'),
  recurrence: z.string().optional(),
  scheduledType: z.enum(['meeting', 'webinar']).default('meeting'),
  registration: z
    .object({ autoAcceptRequest: z.boolean().default(false), maxRegisterNum: z.int().min(1).default(1000) })
    .optional(),
  registrants: z.array(RegistrantSeed).default([]),
});

export const WebexSeedSchema = z.object({
  host: z.object({
    id: z.string().min(1),
    email: z.email(),
    firstName: z.string(),
    lastName: z.string(),
    orgId: z.string().min(1),
    timezone: z.string().default('UTC'),
    siteUrl: z.string().default('sandbox.webex.example'),
  }),
  meetings: z.array(MeetingSeed).default([]),
});
export type WebexSeed = z.input<typeof WebexSeedSchema>;

export function loadDefaultWebexSeed(): WebexSeed {
  const url = new URL('../webex-seed.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as WebexSeed;
}

export const meetingId = () => randomBytes(16).toString('hex');
export const meetingNumber = () => String(randomInt(26_000_000_000, 26_999_999_999));
export const hostKey = () => String(randomInt(100_000, 999_999));

/** Validates a seed (throwing with the bad field named) and builds the world from it at `now`. */
export function buildWebexState(seed: WebexSeed, now: number): WebexState {
  const parsed = WebexSeedSchema.parse(seed);
  const meetings = parsed.meetings.map((m): WebexMeeting => {
    const start = now + m.startOffsetMinutes * MINUTE;
    return {
      id: m.id ?? meetingId(),
      meetingNumber: m.meetingNumber ?? meetingNumber(),
      title: m.title,
      agenda: m.agenda,
      password: m.password,
      start,
      end: start + m.durationMinutes * MINUTE,
      timezone: m.timezone,
      recurrence: m.recurrence ?? null,
      scheduledType: m.scheduledType,
      hostKey: hostKey(),
      registration: m.registration ?? null,
      registrants: m.registrants.map((r) => ({
        id: r.id ?? randomUUID(),
        status: r.status,
        firstName: r.firstName,
        lastName: r.lastName,
        email: r.email,
        registrationTime: now + r.registeredOffsetMinutes * MINUTE,
        extra: {},
      })),
    };
  });
  return { host: parsed.host, meetings };
}
