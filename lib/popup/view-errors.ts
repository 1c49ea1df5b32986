import { ApiError } from '../http/errors';

/**
 * Codes the popup turns into "what to do" sentences from `_locales`. Zoom's own codes differ per
 * area (3000 means "registration off" for registrants but "summaries off" here), so the handler of
 * each area names the area and this picks the code; anything else keeps ApiError's own sentence.
 */
export type ViewErrorCode = 'signed-out' | 'meeting-gone' | 'no-live-streaming' | 'summaries-disabled';

export class ViewError extends Error {
  constructor(
    readonly code: ViewErrorCode,
    message: string,
  ) {
    super(message);
  }
}

type Area = 'meeting' | 'livestream' | 'summaries';

export function viewError(error: unknown, area: Area): unknown {
  if (!(error instanceof ApiError)) return error;
  const code = error.providerCode;
  if (error.kind === 'signed-out') return new ViewError('signed-out', error.message);
  // 3001 "does not exist"; a plain 404 on a meeting path means the same.
  if (area !== 'summaries' && (code === 3001 || (error.kind === 'not-found' && code === undefined)))
    return new ViewError('meeting-gone', error.message);
  // Live streaming needs a Pro plan; 200 "Only available for paid users"
  // (docs/api/zoom-meetings-api-reference.txt).
  if (area === 'livestream' && code === 200) return new ViewError('no-live-streaming', error.message);
  // Same reference: 3000 "Cannot access meeting summaries", 2305 "settings do not allow it".
  if (area === 'summaries' && (code === 3000 || code === 2305))
    return new ViewError('summaries-disabled', error.message);
  return error;
}

/** Runs `work`, rethrowing what it throws as the area's view error. */
export async function inArea<T>(area: Area, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw viewError(error, area);
  }
}
