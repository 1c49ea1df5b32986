import { describe, expect, it } from 'vitest';
import { apiContract } from '@/test/support/api-contract';
import { people, type Reply, setupSandbox } from '@/test/support/sandbox';
import { ZOOM_SEED } from '@/test/support/sandbox-seed';
import { summaryListValidator, summaryValidator } from '@/test/support/zoom-summary-contract';

/**
 * The sandbox may not drift from Zoom's contract: every answer it gives for the product's endpoints
 * validates against Zoom's OpenAPI schemas (summaries: against the full reference's fields), at both the
 * user-level and the account-level path.
 */
const { call } = setupSandbox();
const { documentedStatuses, errorValidator, responseValidator } = apiContract('zoom');

function expectMatches(method: string, specPath: string, reply: Reply, expected: number) {
  expect(reply.status, `${method} ${specPath}: ${reply.text}`).toBe(expected);
  if (expected === 204) {
    expect(reply.text).toBe('');
    expect(documentedStatuses(method, specPath)).toContain('204');
    return;
  }
  const validate = responseValidator(method, specPath, expected);
  const ok = validate(reply.body);
  expect(ok, `${method} ${specPath} ${expected}: ${JSON.stringify(validate.errors, null, 1)}`).toBe(true);
}

function expectZoomError(reply: Reply, status: number, code: number) {
  expect(reply.status, reply.text).toBe(status);
  expect(errorValidator(reply.body), JSON.stringify(errorValidator.errors)).toBe(true);
  expect(reply.body.code).toBe(code);
}

const prefixes = ['/v2', `/v2/accounts/${ZOOM_SEED.account}`];

describe.each(prefixes)('contract at %s', (v2) => {
  it('users and meetings', async () => {
    expectMatches('GET', '/users/{userId}', await call('GET', `${v2}/users/me`), 200);
    for (const type of ['scheduled', 'upcoming', 'live', 'previous_meetings']) {
      const list = await call('GET', `${v2}/users/me/meetings?type=${type}&page_size=2`);
      expectMatches('GET', '/users/{userId}/meetings', list, 200);
    }
    const created = await call('POST', `${v2}/users/me/meetings`, {
      body: {
        topic: 'Contract',
        type: 8,
        start_time: '2031-01-06T09:00:00',
        timezone: 'Europe/Paris',
        duration: 30,
        // The export's enum allows one weekday per string; Zoom also takes '2,4', the sandbox too.
        recurrence: { type: 2, weekly_days: '2', end_times: 4 },
        settings: { approval_type: 1, waiting_room: true },
      },
    });
    expectMatches('POST', '/users/{userId}/meetings', created, 201);
    const id = created.body.id as number;
    for (const meetingId of [
      id,
      ZOOM_SEED.noRegistration,
      ZOOM_SEED.autoApproval,
      ZOOM_SEED.live,
      ZOOM_SEED.over,
    ]) {
      expectMatches('GET', '/meetings/{meetingId}', await call('GET', `${v2}/meetings/${meetingId}`), 200);
    }
    const patched = await call('PATCH', `${v2}/meetings/${id}`, {
      body: { topic: 'Contract 2' },
    });
    expectMatches('PATCH', '/meetings/{meetingId}', patched, 204);
    expectMatches(
      'GET',
      '/meetings/{meetingId}/invitation',
      await call('GET', `${v2}/meetings/${id}/invitation`),
      200,
    );
    expectMatches('DELETE', '/meetings/{meetingId}', await call('DELETE', `${v2}/meetings/${id}`), 204);
    expectZoomError(await call('GET', `${v2}/meetings/${id}`), 404, 3001);
  });

  it('meeting registrants', async () => {
    const m = ZOOM_SEED.autoApproval;
    for (const status of ['approved', 'pending', 'denied']) {
      const list = await call('GET', `${v2}/meetings/${m}/registrants?status=${status}`);
      expectMatches('GET', '/meetings/{meetingId}/registrants', list, 200);
    }
    const added = await call('POST', `${v2}/meetings/${m}/registrants`, {
      body: {
        email: 'contract@example.org',
        first_name: 'Con',
        last_name: 'Tract',
        org: 'ACME',
        custom_questions: [],
      },
    });
    expectMatches('POST', '/meetings/{meetingId}/registrants', added, 201);
    const recurring = await call('POST', `${v2}/meetings/${ZOOM_SEED.recurring}/registrants`, {
      body: { email: 'weekly@example.org', first_name: 'Weekly' },
    });
    expectMatches('POST', '/meetings/{meetingId}/registrants', recurring, 201);
    const batch = await call('POST', `${v2}/meetings/${m}/batch_registrants`, {
      body: { auto_approve: true, registrants: people(3, 'contract') },
    });
    expectMatches('POST', '/meetings/{meetingId}/batch_registrants', batch, 201);
    const rid = added.body.registrant_id as string;
    const one = await call('GET', `${v2}/meetings/${m}/registrants/${rid}`);
    expectMatches('GET', '/meetings/{meetingId}/registrants/{registrantId}', one, 200);
    const status = await call('PUT', `${v2}/meetings/${ZOOM_SEED.manualApproval}/registrants/status`, {
      body: {
        action: 'approve',
        registrants: [{ email: 'linus@partner.example' }],
      },
    });
    expectMatches('PUT', '/meetings/{meetingId}/registrants/status', status, 204);
    const removed = await call('DELETE', `${v2}/meetings/${m}/registrants/${rid}`);
    expectMatches('DELETE', '/meetings/{meetingId}/registrants/{registrantId}', removed, 204);
  });

  it('webinars and their registrants', async () => {
    expectMatches('GET', '/users/{userId}/webinars', await call('GET', `${v2}/users/me/webinars`), 200);
    const created = await call('POST', `${v2}/users/me/webinars`, {
      body: {
        topic: 'Contract webinar',
        start_time: '2031-02-01T10:00:00Z',
        settings: { approval_type: 0 },
      },
    });
    expectMatches('POST', '/users/{userId}/webinars', created, 201);
    for (const id of [created.body.id, ZOOM_SEED.webinar, ZOOM_SEED.recurringWebinar]) {
      expectMatches('GET', '/webinars/{webinarId}', await call('GET', `${v2}/webinars/${id}`), 200);
    }
    const w = ZOOM_SEED.webinar;
    expectMatches(
      'GET',
      '/webinars/{webinarId}/registrants',
      await call('GET', `${v2}/webinars/${w}/registrants`),
      200,
    );
    const added = await call('POST', `${v2}/webinars/${w}/registrants`, {
      body: { email: 'viewer@example.org', first_name: 'View' },
    });
    expectMatches('POST', '/webinars/{webinarId}/registrants', added, 201);
    const batch = await call('POST', `${v2}/webinars/${w}/batch_registrants`, {
      body: { registrants: people(2, 'web') },
    });
    expectMatches('POST', '/webinars/{webinarId}/batch_registrants', batch, 201);
  });

  it('live stream', async () => {
    const m = ZOOM_SEED.live;
    expectMatches(
      'GET',
      '/meetings/{meetingId}/livestream',
      await call('GET', `${v2}/meetings/${m}/livestream`),
      200,
    );
    expectMatches(
      'GET',
      '/meetings/{meetingId}/livestream',
      await call('GET', `${v2}/meetings/${ZOOM_SEED.noRegistration}/livestream`),
      200,
    );
    const patched = await call('PATCH', `${v2}/meetings/${m}/livestream`, {
      body: {
        stream_url: 'rtmp://x.example/live',
        stream_key: 'k',
        page_url: 'https://x.example/p',
        resolution: '1080p',
      },
    });
    expectMatches('PATCH', '/meetings/{meetingId}/livestream', patched, 204);
    const started = await call('PATCH', `${v2}/meetings/${m}/livestream/status`, {
      body: {
        action: 'start',
        settings: { display_name: 'All hands', active_speaker_name: true },
      },
    });
    expectMatches('PATCH', '/meetings/{meetingId}/livestream/status', started, 204);
  });

  it('summaries (fields from the full reference)', async () => {
    const list = await call('GET', `${v2}/meetings/meeting_summaries`);
    expect(list.status).toBe(200);
    expect(summaryListValidator(list.body), JSON.stringify(summaryListValidator.errors)).toBe(true);
    expect(list.body.summaries.length).toBeGreaterThan(0);
    for (const row of list.body.summaries) {
      const one = await call('GET', `${v2}/meetings/${row.meeting_id}/meeting_summary`);
      expect(one.status).toBe(200);
      expect(summaryValidator(one.body), JSON.stringify(summaryValidator.errors)).toBe(true);
    }
  });

  it('errors are Zoom error bodies', async () => {
    expectZoomError(await call('GET', `${v2}/users/me`, { token: 'nope' }), 401, 124);
    expectZoomError(await call('GET', `${v2}/meetings/1234`), 404, 3001);
    expectZoomError(await call('GET', `${v2}/webinars/1234`), 404, 3001);
    expectZoomError(await call('GET', `${v2}/users/someone-else`), 404, 1001);
    expectZoomError(
      await call('POST', `${v2}/users/me/meetings`, {
        body: { duration: 'long' },
      }),
      400,
      300,
    );
    expectZoomError(await call('GET', `${v2}/meetings/${ZOOM_SEED.autoApproval}/meeting_summary`), 404, 3001);
  });
});

describe('the contract validators themselves', () => {
  it('refuse a misspelt field, a wrong type and a wrong enum value', () => {
    const validate = responseValidator('GET', '/meetings/{meetingId}', 200);
    expect(validate({ id: 81000000001, topic: 'ok', type: 2 })).toBe(true);
    expect(validate({ id: 81000000001, topik: 'typo' })).toBe(false);
    expect(validate({ id: '81000000001' })).toBe(false);
    expect(validate({ id: 1, type: 5 })).toBe(false);
    expect(
      summaryValidator({
        meeting_id: 1,
        meeting_uuid: 'u',
        summary_content: '#',
        summary_body: 'x',
      }),
    ).toBe(false);
  });
});
