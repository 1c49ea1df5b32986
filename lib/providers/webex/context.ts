import type { HttpClient } from '../../http/client';
import type { SeriesScope } from './schemas';

/** `current` and `hostEmail` as query parameters; absent ones are left out of the URL. */
export const scopeParams = (scope: SeriesScope = {}) => ({
  current: scope.current,
  hostEmail: scope.hostEmail,
});

export type { HttpClient };
