import { describe, expect, it } from 'vitest';
import { apiContract } from '@/test/support/api-contract';
import { daysFromNow, people, type Reply, setupSandbox } from '@/test/support/sandbox';
import { WEBEX_SEED } from '@/test/support/sandbox-seed';

/**
 * The Webex sandbox may not drift from Webex's contract: every answer it gives for the product's
 * endpoints validates against Cisco's OpenAPI schemas, and every refusal is Webex's error body.
 */
const { ctx, call } = setupSandbox('webex');
const { documentedStatuses, errorValidator, responseValidator } = apiContract('webex');

function expectMatches(method: string, specPath: string, reply: Reply, expected: number) {
  expect(reply.status, `${method} ${specPath}: ${reply.text}`).toBe(expected);
  expect(documentedStatuses(method, specPath)).toContain(String(expected));
  if (expected === 204) {
    expect(reply.text).toBe('');
    return;
  }
  const validate = responseValidator(method, specPath, expected);
  expect(validate(reply.body), `${method} ${specPath}: ${JSON.stringify(validate.errors, null, 1)}`).toBe(
    true,
  );
}

function expectWebexError(reply: Reply, status: number) {
  expect(reply.status, reply.text).toBe(status);
  expect(errorValidator(reply.body), JSON.stringify(errorValidator.errors)).toBe(true);
}

describe('Webex contract', () => {
  it('people/me', async () => {
    expectMatches('GET', '/people/me', await call('GET', '/people/me'), 200);
  });

  it('meetings: create, get, list, update, delete', async () => {
    const created = await call('POST', '/meetings', {
      body: {
        title: 'Contract',
        start: daysFromNow(ctx.sandbox, 3),
        end: daysFromNow(ctx.sandbox, 3, 45),
        timezone: 'Europe/Paris',
        recurrence: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;COUNT=5',
        registration: { autoAcceptRequest: true, requireFirstName: true },
      },
    });
    expectMatches('POST', '/meetings', created, 200);
    const id = created.body.id as string;
    for (const meetingId of [id, WEBEX_SEED.training, WEBEX_SEED.sync]) {
      expectMatches('GET', '/meetings/{meetingId}', await call('GET', `/meetings/${meetingId}`), 200);
    }
    expectMatches('GET', '/meetings', await call('GET', '/meetings?max=2'), 200);
    const byLink = await call('GET', `/meetings?webLink=${encodeURIComponent(created.body.webLink)}`);
    expectMatches('GET', '/meetings', byLink, 200);
    expect(byLink.body.items.map((m: { id: string }) => m.id)).toEqual([id]);
    const patched = await call('PATCH', `/meetings/${id}`, { body: { title: 'Contract 2' } });
    expectMatches('PATCH', '/meetings/{meetingId}', patched, 200);
    const put = await call('PUT', `/meetings/${id}`, {
      body: { title: 'Contract 3', start: daysFromNow(ctx.sandbox, 4), end: daysFromNow(ctx.sandbox, 4, 30) },
    });
    expectMatches('PUT', '/meetings/{meetingId}', put, 200);
    expectMatches('DELETE', '/meetings/{meetingId}', await call('DELETE', `/meetings/${id}`), 204);
    expectWebexError(await call('GET', `/meetings/${id}`), 404);
  });

  it('registrants: list, get, bulkInsert, query, approve, reject, cancel', async () => {
    const m = WEBEX_SEED.training;
    const list = await call('GET', `/meetings/${m}/registrants?max=2`);
    expectMatches('GET', '/meetings/{meetingId}/registrants', list, 200);
    const one = await call('GET', `/meetings/${m}/registrants/${WEBEX_SEED.grace}`);
    expectMatches('GET', '/meetings/{meetingId}/registrants/{registrantId}', one, 200);
    const items = people(2, 'contract', 'webex').map((p, i) =>
      i === 0 ? { ...p, sendEmail: false, jobTitle: 'manager', companyName: 'ACME', zipCode: 75001 } : p,
    );
    const inserted = await call('POST', `/meetings/${m}/registrants/bulkInsert?current=false`, {
      body: { items },
    });
    expectMatches('POST', '/meetings/{meetingId}/registrants/bulkInsert', inserted, 200);
    const queried = await call('POST', `/meetings/${m}/registrants/query?max=100`, {
      body: {
        emails: ['contract0@example.org', 'grace@customer.example'],
        orderBy: 'email',
        orderType: 'ASC',
      },
    });
    expectMatches('POST', '/meetings/{meetingId}/registrants/query', queried, 200);
    for (const [action, id] of [
      ['approve', WEBEX_SEED.grace],
      ['reject', WEBEX_SEED.linus],
      ['cancel', WEBEX_SEED.mallory],
    ] as const) {
      const reply = await call('POST', `/meetings/${m}/registrants/${action}`, {
        body: { sendEmail: false, registrants: [{ id }] },
      });
      expectMatches('POST', `/meetings/{meetingId}/registrants/${action}`, reply, 204);
    }
  });

  it('the validators refuse what the spec does not allow (so a pass means something)', async () => {
    const meeting = (await call('GET', `/meetings/${WEBEX_SEED.training}`)).body;
    const validate = responseValidator('GET', '/meetings/{meetingId}', 200);
    expect(validate(meeting)).toBe(true);
    expect(validate({ ...meeting, joinUrl: 'https://x.example' })).toBe(false);
    const { webLink: _webLink, ...withoutLink } = meeting;
    expect(validate(withoutLink)).toBe(false);
    const list = (await call('GET', `/meetings/${WEBEX_SEED.training}/registrants`)).body;
    const validateList = responseValidator('GET', '/meetings/{meetingId}/registrants', 200);
    expect(validateList(list)).toBe(true);
    expect(validateList({ items: [{ ...list.items[0], status: 'denied' }] })).toBe(false);
  });

  it('errors are Webex error bodies', async () => {
    const m = WEBEX_SEED.training;
    expectWebexError(await call('GET', '/people/me', { token: 'nope' }), 401);
    expectWebexError(await call('GET', '/meetings/0000'), 404);
    expectWebexError(await call('POST', '/meetings', { body: { title: 'No times' } }), 400);
    expectWebexError(await call('POST', '/meetings', { raw: '{not json' }), 400);
    expectWebexError(
      await call('POST', `/meetings/${WEBEX_SEED.sync}/registrants/bulkInsert`, {
        body: { items: people(1, 'person', 'webex') },
      }),
      400,
    );
    expectWebexError(
      await call('POST', `/meetings/${m}/registrants/bulkInsert`, {
        body: { items: [{ firstName: 'Ada', lastName: 'L', email: 'ada@customer.example' }] },
      }),
      409,
    );
    expectWebexError(
      await call('POST', `/meetings/${m}/registrants/approve`, { body: { registrants: [{ id: 'nobody' }] } }),
      404,
    );
    ctx.sandbox.webex.force(1, 423);
    expectWebexError(await call('GET', `/meetings/${m}`), 423);
    ctx.sandbox.webex.force(1, 429);
    expectWebexError(await call('GET', `/meetings/${m}`), 429);
  });
});
