import { fakeBrowser } from 'wxt/testing';
import { createLinkStore } from '@/lib/meetings/link-store';
import { createMeetingService } from '@/lib/providers/zoom/meeting-service';
import {
  DEFAULT_MEETING_DEFAULTS,
  type MeetingDefaults,
  zoomAccessTokenItem,
  zoomGrantItem,
} from '@/lib/storage';
import { createZoomConnection } from '@/lib/providers/zoom/connection';
import { startSandbox, type Sandbox } from '@/test/sandbox/server';

export const CLIENT_ID = 'sandbox-client';

export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

/**
 * The meeting service on a real Zoom connection to an in-process sandbox: tokens from
 * `issueTokens()` stand in for the consent page, and every request the extension sends is recorded
 * with its body (the sandbox's own log has no bodies).
 */
export async function meetingHarness(sandbox: Sandbox, options: { signedIn?: boolean } = {}) {
  fakeBrowser.reset();
  const endpoints = {
    preset: 'custom' as const,
    oauthBase: sandbox.url,
    apiBase: `${sandbox.url}/v2`,
    clientId: CLIENT_ID,
  };
  if (options.signedIn ?? true) {
    const tokens = sandbox.issueTokens();
    const { oauthBase, apiBase, clientId } = endpoints;
    await zoomGrantItem.set({ refreshToken: tokens.refresh_token, oauthBase, apiBase, clientId });
    await zoomAccessTokenItem.set({
      accessToken: tokens.access_token,
      expiresAt: Date.now() + tokens.expires_in * 1000,
    });
  }
  const sent: SentRequest[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const text = await request.clone().text();
    sent.push({
      method: request.method,
      path: new URL(request.url).pathname.replace(/^\/v2\//, ''),
      body: text ? JSON.parse(text) : undefined,
    });
    return fetch(request);
  };
  const zoom = createZoomConnection({
    redirectUrl: 'https://ext.chromiumapp.org/',
    launchWebAuthFlow: async () => {
      throw new Error('no consent page in this test');
    },
    resolveEndpoints: async () => endpoints,
    fetch: recordingFetch,
    sleep: async () => {},
  });
  let defaults: MeetingDefaults = DEFAULT_MEETING_DEFAULTS;
  const links = createLinkStore();
  const service = createMeetingService({
    api: zoom.api,
    links,
    defaults: async () => defaults,
    session: zoom.auth,
    apiBase: () => zoom.auth.apiBase(),
    now: () => 1_000,
  });
  return {
    service,
    links,
    zoom,
    sent,
    /** Requests that reached the API (not the token endpoint). */
    apiCalls: (method?: string) =>
      sent.filter((r) => !r.path.startsWith('/oauth') && (!method || r.method === method)),
    setDefaults: (d: Partial<MeetingDefaults>) => {
      defaults = { ...DEFAULT_MEETING_DEFAULTS, ...d };
    },
    meetingAtZoom: (id: string) => sandbox.state.meetings.find((m) => String(m.id) === id),
  };
}

export { startSandbox };
