/**
 * Webex Meetings paths, relative to the API base (`https://webexapis.com/v1`, or the sandbox's
 * `/webex/v1`). No leading slash: ky joins them to the base. Ids are encoded as path segments.
 */
const seg = (value: string) => encodeURIComponent(value);

export type RegistrantAction = 'approve' | 'reject' | 'cancel';

export const webexPaths = {
  me: () => 'people/me',
  meetings: () => 'meetings',
  meeting: (id: string) => `meetings/${seg(id)}`,
  registrants: (id: string) => `meetings/${seg(id)}/registrants`,
  registrant: (id: string, registrantId: string) => `meetings/${seg(id)}/registrants/${seg(registrantId)}`,
  bulkInsert: (id: string) => `meetings/${seg(id)}/registrants/bulkInsert`,
  query: (id: string) => `meetings/${seg(id)}/registrants/query`,
  action: (id: string, action: RegistrantAction) => `meetings/${seg(id)}/registrants/${action}`,
} as const;

/**
 * The query of the next page from `Link: <...>; rel="next"`, or null on the last page. The whole
 * query is taken (not one named parameter): Webex's cursor parameter is its own business.
 */
export function nextPageQuery(link: string | null): Record<string, string> | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part);
    if (!match) continue;
    try {
      return Object.fromEntries(new URL(match[1]!).searchParams);
    } catch {
      return null;
    }
  }
  return null;
}
