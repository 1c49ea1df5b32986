import { randomBytes, randomInt } from 'node:crypto';

/** Zoom-looking identifiers: registrant ids are 22 base64url characters, UUIDs 24 base64. */
export const registrantId = () => randomBytes(16).toString('base64url');
export const sessionUuid = () => randomBytes(16).toString('base64');
export const opaqueToken = (prefix: string) => `${prefix}${randomBytes(24).toString('base64url')}`;
export const passcode = () => randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 6);

/** An 11-digit meeting number not yet used. */
export function sessionNumber(taken: (id: number) => boolean): number {
  for (;;) {
    const id = randomInt(80_000_000_000, 99_999_999_999);
    if (!taken(id)) return id;
  }
}

/** Where people join and hosts start: served by the sandbox itself so a demo can follow the links. */
export interface Links {
  join(session: { id: number; password: string }): string;
  start(session: { id: number }): string;
  registration(session: { id: number; kind: 'meeting' | 'webinar' }): string;
  registrantJoin(session: { id: number }, registrantId: string): string;
}

export function linksFor(baseUrl: () => string): Links {
  return {
    join: (s) => `${baseUrl()}/j/${s.id}?pwd=${encodeURIComponent(s.password)}`,
    start: (s) => `${baseUrl()}/s/${s.id}?zak=${randomBytes(12).toString('base64url')}`,
    registration: (s) => `${baseUrl()}/${s.kind}/register/${s.id}`,
    registrantJoin: (s, id) => `${baseUrl()}/w/${s.id}?tk=${encodeURIComponent(id)}`,
  };
}
