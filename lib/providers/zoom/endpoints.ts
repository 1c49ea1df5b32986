import {
  settingsItem,
  ZOOM_PRESETS,
  type ZoomEndpoints,
  zoomManagedApiBaseItem,
  zoomManagedClientIdItem,
  zoomManagedOauthBaseItem,
} from '../../storage';
import { originPattern } from '../../auth/server-url';

export { originPattern };

export interface ResolvedZoomEndpoints {
  endpoints: ZoomEndpoints;
  /** Fields an administrator set by policy: the options page shows them read-only. */
  locked: { preset: boolean; oauthBase: boolean; apiBase: boolean; clientId: boolean };
}

/** Firefox throws when no managed-storage manifest is installed: that simply means "no policy". */
async function readManaged<T>(read: () => Promise<T | null>): Promise<T | null> {
  try {
    return await read();
  } catch {
    return null;
  }
}

function presetOf(oauthBase: string, apiBase: string): ZoomEndpoints['preset'] {
  for (const name of ['zoom', 'zoomgov'] as const) {
    const preset = ZOOM_PRESETS[name];
    if (preset.oauthBase === oauthBase && preset.apiBase === apiBase) return name;
  }
  return 'custom';
}

/** The endpoints in force: the person's settings, overridden field by field by enterprise policy. */
export async function resolveZoomEndpoints(): Promise<ResolvedZoomEndpoints> {
  const [settings, oauthBase, apiBase, clientId] = await Promise.all([
    settingsItem.get(),
    readManaged(() => zoomManagedOauthBaseItem.get()),
    readManaged(() => zoomManagedApiBaseItem.get()),
    readManaged(() => zoomManagedClientIdItem.get()),
  ]);
  const mine = settings.zoom;
  if (oauthBase === null && apiBase === null && clientId === null) {
    return { endpoints: mine, locked: { preset: false, oauthBase: false, apiBase: false, clientId: false } };
  }
  const effectiveOauth = oauthBase ?? mine.oauthBase;
  const effectiveApi = apiBase ?? mine.apiBase;
  return {
    endpoints: {
      preset: oauthBase || apiBase ? presetOf(effectiveOauth, effectiveApi) : mine.preset,
      oauthBase: effectiveOauth,
      apiBase: effectiveApi,
      clientId: clientId ?? mine.clientId,
    },
    locked: {
      preset: oauthBase !== null || apiBase !== null,
      oauthBase: oauthBase !== null,
      apiBase: apiBase !== null,
      clientId: clientId !== null,
    },
  };
}

/** Both bases need a grant: the token exchange goes to the OAuth base, the API calls to the API base. */
export function originPatterns(endpoints: Pick<ZoomEndpoints, 'oauthBase' | 'apiBase'>): string[] {
  return [...new Set([originPattern(endpoints.oauthBase), originPattern(endpoints.apiBase)])];
}
