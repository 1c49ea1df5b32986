import { describe, expect, it } from 'vitest';
import { setupSandbox } from '@/test/support/sandbox';
import { ZOOM_SEED } from '@/test/support/sandbox-seed';

const { ctx, call } = setupSandbox();

describe('live stream', () => {
  it('reads and updates the stream settings', async () => {
    const read = await call('GET', `/v2/meetings/${ZOOM_SEED.live}/livestream`);
    expect(read.body).toEqual({
      stream_url: 'rtmp://live.sandbox.example/app',
      stream_key: 'sandbox-stream-key-0001',
      page_url: 'https://live.sandbox.example/all-hands',
      resolution: '720p',
    });
    const body = {
      stream_url: 'rtmp://new.example/app',
      stream_key: 'k2',
      page_url: 'https://new.example/watch',
    };
    expect((await call('PATCH', `/v2/meetings/${ZOOM_SEED.live}/livestream`, { body })).status).toBe(204);
    expect((await call('GET', `/v2/meetings/${ZOOM_SEED.live}/livestream`)).body).toEqual({
      ...body,
      resolution: '720p',
    });
    const missing = await call('PATCH', `/v2/meetings/${ZOOM_SEED.live}/livestream`, {
      body: { stream_url: 'x' },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toBe('Validation Failed: stream_key is required.');
    expect((await call('GET', '/v2/meetings/3/livestream')).body.code).toBe(3001);
  });

  it('starts and stops a stream while the meeting runs; refuses before it started (4927)', async () => {
    const url = `/v2/meetings/${ZOOM_SEED.live}/livestream/status`;
    expect(
      (
        await call('PATCH', url, {
          body: { action: 'start', settings: { display_name: 'Company' } },
        })
      ).status,
    ).toBe(204);
    const live = ctx.sandbox.state.meetings.find((m) => m.id === ZOOM_SEED.live)!;
    expect(live.livestream).toMatchObject({
      status: 'started',
      display_name: 'Company',
    });
    expect((await call('PATCH', url, { body: { action: 'stop' } })).status).toBe(204);
    expect(live.livestream.status).toBe('stopped');
    const waiting = await call('PATCH', `/v2/meetings/${ZOOM_SEED.noRegistration}/livestream/status`, {
      body: { action: 'start' },
    });
    expect(waiting.status).toBe(400);
    expect(waiting.body).toEqual({
      code: 4927,
      message: `Meeting ${ZOOM_SEED.noRegistration} has not started.`,
    });
    expect((await call('PATCH', url, { body: { action: 'pause' } })).body.message).toContain('action');
  });
});

describe('meeting summaries', () => {
  it('lists summaries of the last 30 days, newest first, within from/to', async () => {
    const list = await call('GET', '/v2/meetings/meeting_summaries');
    expect(list.status).toBe(200);
    expect(list.body.summaries.map((s: { meeting_id: number }) => s.meeting_id)).toEqual([
      ZOOM_SEED.summaryOnly,
      ZOOM_SEED.over,
    ]);
    const since = new Date(ctx.sandbox.clock.now() - 2 * 86_400_000).toISOString();
    const recent = await call('GET', `/v2/meetings/meeting_summaries?from=${since}`);
    expect(recent.body.summaries.map((s: { meeting_id: number }) => s.meeting_id)).toEqual([
      ZOOM_SEED.summaryOnly,
    ]);
    expect((await call('GET', '/v2/meetings/meeting_summaries?from=yesterday')).body.message).toContain(
      'from',
    );
    const account = await call(
      'GET',
      `/v2/accounts/${ZOOM_SEED.account}/meetings/meeting_summaries?page_size=1`,
    );
    expect(account.body.summaries).toHaveLength(1);
    expect(account.body.next_page_token).not.toBe('');
  });

  it('gets one summary with its Markdown content, by meeting id or UUID', async () => {
    const one = await call('GET', `/v2/meetings/${ZOOM_SEED.over}/meeting_summary`);
    expect(one.status).toBe(200);
    expect(one.body.summary_content).toContain('## Key takeaways');
    expect(one.body.meeting_uuid).toBe(ctx.sandbox.state.meetings.find((m) => m.id === ZOOM_SEED.over)!.uuid);
    const byUuid = await call(
      'GET',
      `/v2/meetings/${encodeURIComponent(encodeURIComponent(one.body.meeting_uuid))}/meeting_summary`,
    );
    expect(byUuid.status).toBe(200);
    expect(byUuid.body.meeting_id).toBe(ZOOM_SEED.over);
    const raw = await call('GET', `/v2/meetings/${ZOOM_SEED.summaryOnly}/meeting_summary`);
    expect(raw.body.summary_content).toContain('<script>');
    const none = await call('GET', `/v2/meetings/${ZOOM_SEED.noRegistration}/meeting_summary`);
    expect(none.status).toBe(404);
    expect(none.body.code).toBe(3001);
  });
});
