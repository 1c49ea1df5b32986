import { describe, expect, it } from 'vitest';
import { json, noContent } from '@/test/support/fake-fetch';
import { fakeZoomApi } from '@/test/support/fake-provider-api';

describe('live stream', () => {
  it('gets the settings', async () => {
    const stream = {
      stream_url: 'rtmp://live.example.com/app',
      stream_key: 'k',
      page_url: 'https://example.com/live',
    };
    const h = fakeZoomApi(() => json(stream));
    await expect(h.zoom.livestream.get(7)).resolves.toEqual(stream);
    expect(h.sent()).toMatchObject({ method: 'GET', path: 'meetings/7/livestream' });
  });

  it('updates the settings with PATCH', async () => {
    const h = fakeZoomApi(noContent);
    const body = {
      stream_url: 'rtmp://live.example.com/app',
      stream_key: 'k',
      page_url: 'https://example.com/live',
    };
    await h.zoom.livestream.update(7, body);
    expect(h.sent()).toEqual({ method: 'PATCH', path: 'meetings/7/livestream', query: {}, body });
    await expect(h.zoom.livestream.update(7, { ...body, page_url: 'not a url' })).rejects.toMatchObject({
      kind: 'invalid-request',
    });
  });

  it('starts and stops with PATCH .../livestream/status', async () => {
    const h = fakeZoomApi(noContent);
    const body = { action: 'start', settings: { active_speaker_name: true, display_name: 'Acme' } };
    await h.zoom.livestream.updateStatus(7, body);
    expect(h.sent()).toEqual({ method: 'PATCH', path: 'meetings/7/livestream/status', query: {}, body });
    await h.zoom.webinars.livestream.updateStatus(9, { action: 'stop' });
    expect(h.sent()).toMatchObject({ path: 'webinars/9/livestream/status', body: { action: 'stop' } });
    await expect(h.zoom.livestream.updateStatus(7, { action: 'pause' })).rejects.toMatchObject({
      kind: 'invalid-request',
    });
  });
});
