import type { ZoomId } from './schemas/common';

/**
 * User-level apps call `users/me/...` and `meetings/{id}/...`; account-level apps the same paths
 * under `accounts/{accountId}/` (docs/api/zoom-meetings-api-reference.txt). One builder, chosen by
 * the connected account. Paths carry no leading slash: ky joins them to the API base.
 */
export type ZoomApiLevel = { level: 'user' } | { level: 'account'; accountId: string };

export type EventKind = 'meetings' | 'webinars';

/**
 * A segment as Zoom wants it. A meeting UUID that starts with `/` or holds `//` must be encoded
 * twice, or Zoom's router reads it as a path.
 */
export function segment(value: ZoomId): string {
  const text = String(value);
  const once = encodeURIComponent(text);
  return text.startsWith('/') || text.includes('//') ? encodeURIComponent(once) : once;
}

export function createZoomPaths(scope: ZoomApiLevel) {
  if (scope.level === 'account' && !scope.accountId)
    throw new Error('An account-level path needs the account id.');
  const root = scope.level === 'account' ? `accounts/${segment(scope.accountId)}/` : '';
  const join = (...parts: string[]) => root + parts.join('/');
  return {
    me: () => join('users', 'me'),
    /** `users/me/meetings` or `users/me/webinars`: list and create. */
    mine: (kind: EventKind) => join('users', 'me', kind),
    /** `meetings/{id}` or `webinars/{id}`, plus any sub-path (`registrants`, `livestream/status`). */
    event: (kind: EventKind, id: ZoomId, ...rest: string[]) => join(kind, segment(id), ...rest),
    registrant: (kind: EventKind, id: ZoomId, registrantId: string) =>
      join(kind, segment(id), 'registrants', segment(registrantId)),
    summaries: () => join('meetings', 'meeting_summaries'),
    summary: (meetingIdOrUuid: ZoomId) => join('meetings', segment(meetingIdOrUuid), 'meeting_summary'),
  };
}

export type ZoomPaths = ReturnType<typeof createZoomPaths>;
