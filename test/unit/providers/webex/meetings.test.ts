import { describe, expect, it, vi } from 'vitest';
import { createHttpClient, type HttpClient } from '@/lib/http/client';
import { ApiError } from '@/lib/http/errors';
import { webexHttpDialect } from '@/lib/providers/webex/http-dialect';
import { createWebexClient } from '@/lib/providers/webex/client';
import { createWebexMeetingsApi } from '@/lib/providers/webex/meetings';
import { listedMeeting } from '@/test/support/fake-provider-api';
import { sandboxApi } from '@/test/support/sandbox-api';
import { WEBEX_SEED } from '@/test/support/sandbox-seed';

const { setup } = sandboxApi('webex');

/** An HTTP client answering every request with `answer` (a body, or an error to throw). */
function fakeHttp(answer: unknown) {
  const request = vi.fn(
    async (_method: string, _path: string, options: { schema: { parse(v: unknown): unknown } }) => {
      if (answer instanceof Error) throw answer;
      return options.schema.parse(answer);
    },
  );
  return { http: { request } as unknown as HttpClient, request };
}

describe('webex.meetings.byWebLink', () => {
  const link = listedMeeting().webLink;

  it('asks List Meetings with the link alone and returns the meeting', async () => {
    const { http, request } = fakeHttp({ items: [listedMeeting()] });
    await expect(createWebexMeetingsApi(http).byWebLink(link)).resolves.toMatchObject({
      id: listedMeeting().id,
    });
    expect(request).toHaveBeenCalledWith(
      'GET',
      'meetings',
      expect.objectContaining({ searchParams: { webLink: link } }),
    );
  });

  it('answers null for no match, whether Webex lists nothing or says 404', async () => {
    await expect(createWebexMeetingsApi(fakeHttp({ items: [] }).http).byWebLink(link)).resolves.toBeNull();
    const notFound = new ApiError({ kind: 'not-found', status: 404, message: 'Not found' });
    await expect(createWebexMeetingsApi(fakeHttp(notFound).http).byWebLink(link)).resolves.toBeNull();
  });

  it('lets other failures through, and refuses an answer of the wrong shape', async () => {
    const server = new ApiError({ kind: 'server', status: 503, message: 'Down' });
    await expect(createWebexMeetingsApi(fakeHttp(server).http).byWebLink(link)).rejects.toBe(server);
    const garbled = fakeHttp({ items: [{ id: 'x' }] }).http;
    await expect(createWebexMeetingsApi(garbled).byWebLink(link)).rejects.toThrow();
  });

  it('finds a sandbox meeting by its join link, and nothing for a link of no meeting', async () => {
    const { webex, sandbox } = setup();
    const training = await webex.meetings.get(WEBEX_SEED.training);
    expect(training.webLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webex\/j\/\d+$/);
    await expect(webex.meetings.byWebLink(training.webLink)).resolves.toMatchObject({
      id: WEBEX_SEED.training,
    });
    await expect(webex.meetings.byWebLink(`${sandbox.url}/webex/j/1`)).resolves.toBeNull();
  });

  it('reports a refused token as unauthorized (the menus read it as signed out)', async () => {
    const { sandbox } = setup();
    const http = createHttpClient({
      prefixUrl: sandbox.webex.base,
      getAccessToken: async () => 'revoked',
      forceRefresh: async () => 'still-revoked',
      dialect: webexHttpDialect,
    });
    await expect(
      createWebexClient({ http }).meetings.byWebLink('https://acme.webex.com/j'),
    ).rejects.toMatchObject({
      kind: 'unauthorized',
    });
  });
});
