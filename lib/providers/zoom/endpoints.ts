import {
  settingsItem,
  type ZoomEndpoints,
  zoomManagedApiBaseItem,
  zoomManagedClientIdItem,
  zoomManagedOauthBaseItem,
} from '../../storage';
import { originPattern } from '../../auth/server-url';
import { type ResolvedZoomEndpoints, zoomEndpointsInForce } from './endpoints-in-force';

export type { ResolvedZoomEndpoints };

export { originPattern };

/** Firefox throws when no managed-storage manifest is installed: that simply means "no policy". */
async function readManaged<T>(read: () => Promise<T | null>): Promise<T | null> {
  try {
    return await read();
  } catch {
    return null;
  }
}

/** The endpoints in force: the person's settings, overridden field by field by enterprise policy. */
export async function resolveZoomEndpoints(): Promise<ResolvedZoomEndpoints> {
  const [settings, oauthBase, apiBase, clientId] = await Promise.all([
    settingsItem.get(),
    readManaged(() => zoomManagedOauthBaseItem.get()),
    readManaged(() => zoomManagedApiBaseItem.get()),
    readManaged(() => zoomManagedClientIdItem.get()),
  ]);
  return zoomEndpointsInForce(settings.zoom, { oauthBase, apiBase, clientId });
}

/** Both bases need a grant: the token exchange goes to the OAuth base, the API calls to the API base. */
export function originPatterns(endpoints: Pick<ZoomEndpoints, 'oauthBase' | 'apiBase'>): string[] {
  return [...new Set([originPattern(endpoints.oauthBase), originPattern(endpoints.apiBase)])];
}
