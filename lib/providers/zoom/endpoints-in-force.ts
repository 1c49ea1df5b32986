import { type ServerSettings, ZOOM_PRESETS, type ZoomPreset } from '../../settings-defaults';

// Which Zoom servers are in force: the person's settings, overridden field by field by enterprise
// policy. Without zod or storage, so endpoints.ts and the background's first answer
// (stored-status.ts) apply the same rule.

type ZoomServers = ServerSettings & { preset: ZoomPreset };

export interface ResolvedZoomEndpoints {
  endpoints: ZoomServers;
  /** Fields an administrator set by policy: the options page shows them read-only. */
  locked: { preset: boolean; oauthBase: boolean; apiBase: boolean; clientId: boolean };
}

/** What policy sets (null: not set). */
export interface ZoomPolicy {
  oauthBase: string | null;
  apiBase: string | null;
  clientId: string | null;
}

function presetOf(oauthBase: string, apiBase: string): ZoomPreset {
  for (const name of ['zoom', 'zoomgov'] as const) {
    const preset = ZOOM_PRESETS[name];
    if (preset.oauthBase === oauthBase && preset.apiBase === apiBase) return name;
  }
  return 'custom';
}

/** The settings, overridden field by field by policy, and which fields policy locks. */
export function zoomEndpointsInForce(
  mine: ZoomServers,
  { oauthBase, apiBase, clientId }: ZoomPolicy,
): ResolvedZoomEndpoints {
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
