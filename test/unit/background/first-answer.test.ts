import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createFirstAnswer } from '@/lib/background/first-answer';
import type { Sender } from '@/lib/messaging';
import { STORED_STATUS_SOURCES } from '@/lib/providers/stored-status-sources';
import {
  defaultWebexEndpoints,
  defaultZoomEndpoints,
  webexGrantItem,
  webexProfileItem,
  webexSignedOutItem,
  zoomGrantItem,
  zoomManagedApiBaseItem,
  zoomManagedClientIdItem,
  zoomManagedOauthBaseItem,
  zoomProfileItem,
  zoomSignedOutItem,
} from '@/lib/storage';

// The first answer stands in for the router: whenever it answers, the background's own router
// (createServices, every provider connected, no network) over the same storage must give exactly
// that answer. Where it cannot tell, it answers null and the router runs; the examples below check
// that it does answer the usual cases.

const ID = 'test-extension-id';
const ORIGIN = `chrome-extension://${ID}/`;
const POPUP: Sender = { id: ID, url: `${ORIGIN}popup.html` };

const first = () =>
  createFirstAnswer({
    extensionId: ID,
    extensionOrigin: ORIGIN,
    local: fakeBrowser.storage.local,
    managed: fakeBrowser.storage.managed,
  });

/** The background's router, as lib/background/services.ts wires it. */
async function fullRouter() {
  vi.spyOn(fakeBrowser.identity, 'getRedirectURL').mockReturnValue('https://ext.test/');
  vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(ID);
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(
    (path: string) => `${ORIGIN}${path.replace(/^\//, '')}`,
  );
  const { createServices } = await import('@/lib/background/services');
  return createServices().route;
}

interface Stored {
  local: Record<string, unknown>;
  managed: Record<string, unknown>;
}
async function store({ local, managed }: Stored) {
  fakeBrowser.reset();
  const defined = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  await fakeBrowser.storage.local.set(defined(local));
  await fakeBrowser.storage.managed.set(defined(managed));
}

const zoomDefault = defaultZoomEndpoints();
const SANDBOX = { oauthBase: 'http://127.0.0.1:8787', apiBase: 'http://127.0.0.1:8787/v2' };
const serverPairs = [
  { oauthBase: zoomDefault.oauthBase, apiBase: zoomDefault.apiBase },
  SANDBOX,
  { oauthBase: defaultWebexEndpoints().oauthBase, apiBase: defaultWebexEndpoints().apiBase },
];
const oddUrl = fc.constantFrom(
  ' https://zoom.us',
  'http://zoom.example.org',
  'zoom.us',
  'https://zo\nom.us',
  '',
);
const servers = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...serverPairs) },
  { weight: 1, arbitrary: fc.record({ oauthBase: oddUrl, apiBase: oddUrl }) },
);
const clientId = fc.constantFrom('', '', 'sandbox-client');
const junk = fc.oneof(fc.anything(), fc.constantFrom(null, [], {}, 'x', 3));
const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 6, arbitrary: arb },
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: junk },
  );

const grant = fc
  .tuple(fc.constantFrom('refresh-1', ''), servers, clientId)
  .map(([refreshToken, s, id]) => ({ refreshToken, ...s, clientId: id }));
const zoomProfile = fc.record({
  userId: fc.constantFrom('u1', 'u2'),
  displayName: fc.string({ maxLength: 6 }),
  email: fc.constantFrom('jill@example.com', ''),
  accountType: fc.constantFrom('basic', 'licensed', 'on-prem', 'none', 'unknown', 'gold'),
  accountId: fc.constantFrom('acc-1'),
});
const webexProfile = fc.record(
  {
    userId: fc.constantFrom('w1'),
    displayName: fc.string({ maxLength: 6 }),
    email: fc.constantFrom('jack@example.com'),
    orgId: fc.constantFrom('org-1'),
    timezone: fc.constantFrom('Europe/Berlin', 7),
    extra: fc.constant('dropped'),
  },
  { requiredKeys: ['userId', 'displayName', 'email'] },
);
const signedOut = fc.record({
  reason: fc.constantFrom('Signed out by Zoom.'),
  at: fc.oneof(fc.integer(), fc.constant('x')),
});
const meetingDefaults = fc.record(
  {
    passcode: fc.constantFrom('auto', 'none', 'fixed', 'random'),
    fixedPasscode: fc.constantFrom('', 'abc123', 'a b', 'x'.repeat(11)),
    waitingRoom: fc.boolean(),
    joinBeforeHost: fc.boolean(),
    muteUponEntry: fc.oneof(fc.boolean(), fc.constant('yes')),
    autoRecording: fc.constantFrom('none', 'local', 'cloud'),
    alternativeHosts: fc.oneof(
      fc.array(fc.constantFrom('a@example.com', 'first.last@mail.example.org', 'not-an-address', 'a@b'), {
        maxLength: 3,
      }),
      fc.constant(Array.from({ length: 101 }, (_, i) => `h${i}@example.com`)),
    ),
    registration: fc.constantFrom('none', 'automatic', 'manual'),
  },
  {
    requiredKeys: [
      'passcode',
      'fixedPasscode',
      'waitingRoom',
      'joinBeforeHost',
      'muteUponEntry',
      'autoRecording',
      'alternativeHosts',
      'registration',
    ],
  },
);
const settings = fc.record(
  {
    zoom: fc
      .tuple(fc.constantFrom('zoom', 'zoomgov', 'custom', 'other'), servers, clientId)
      .map(([preset, s, id]) => ({ preset, ...s, clientId: id })),
    meetingDefaults,
    webex: fc.tuple(servers, clientId).map(([s, id]) => ({ ...s, clientId: id })),
    defaultProvider: fc.constantFrom('zoom', 'webex', 'teams'),
  },
  { requiredKeys: ['zoom'] },
);
const storedArb: fc.Arbitrary<Stored> = fc.record({
  local: fc.record({
    zoomGrant: maybe(grant),
    zoomProfile: maybe(zoomProfile),
    zoomSignedOut: maybe(signedOut),
    webexGrant: maybe(grant),
    webexProfile: maybe(webexProfile),
    webexSignedOut: maybe(signedOut),
    settings: maybe(settings),
    settings$: fc.constantFrom(undefined, { v: 3 }, { v: 3 }, { v: 3 }, { v: 2 }, { v: 4 }, 'x'),
  }),
  managed: fc.record({
    zoomOauthBase: fc.constantFrom(undefined, undefined, SANDBOX.oauthBase, 'not a url'),
    zoomApiBase: fc.constantFrom(undefined, undefined, SANDBOX.apiBase),
    zoomClientId: fc.constantFrom(undefined, undefined, 'sandbox-client', ''),
  }),
});
/** Signed in to the servers in force (the settings', else the build's), now and then perturbed. */
const signedInArb: fc.Arbitrary<Stored> = fc
  .tuple(storedArb, fc.constantFrom(...serverPairs), fc.boolean(), zoomProfile, webexProfile)
  .map(([base, pair, saved, zp, wp]) => {
    const zoomServers = saved
      ? { ...pair, clientId: 'sandbox-client' }
      : { ...serverPairs[0]!, clientId: zoomDefault.clientId };
    const webexServers = saved ? zoomServers : defaultWebexEndpoints();
    return {
      managed: base.managed,
      local: {
        ...base.local,
        zoomGrant: { refreshToken: 'r', ...zoomServers },
        zoomProfile: zp,
        webexGrant: { refreshToken: 'r', ...webexServers },
        webexProfile: wp,
        ...(saved
          ? {
              settings: {
                ...(base.local.settings as object),
                zoom: { preset: 'custom', ...zoomServers },
                webex: webexServers,
              },
              settings$: { v: 3 },
            }
          : { settings: undefined, settings$: undefined }),
      },
    };
  });
const messageArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constantFrom('status.get', 'webex.status'),
      payload: fc.constantFrom({}, { refresh: false }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constantFrom('status.get', 'webex.status', 'upcoming.list'),
      payload: fc.constantFrom({ refresh: true }, { refresh: 'yes' }, { other: 1 }, undefined, []),
    }),
  },
  { weight: 1, arbitrary: junk },
);
const senderArb = fc.constantFrom<Sender>(
  POPUP,
  POPUP,
  POPUP,
  { id: ID, url: `chrome-extension://dynamic-address/panel.html` },
  { id: ID, url: 'https://calendar.google.com/calendar/r', tab: { id: 7 } },
  { id: 'another-extension', url: `${ORIGIN}popup.html` },
  { id: ID },
);

/** A saved Zoom profile. */
const user = {
  userId: 'u1',
  displayName: 'Jill',
  email: 'j@example.com',
  accountType: 'licensed',
  accountId: 'a',
};

describe("the background's first answer", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // No network: whatever the router answers here, it answers from storage.
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('offline');
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('answers exactly as the router does, whenever it answers', async () => {
    const answered = { signedIn: 0, signedOut: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(storedArb, signedInArb),
        messageArb,
        senderArb,
        async (stored, message, sender) => {
          await store(stored);
          const before = await fakeBrowser.storage.local.get();
          const answer = await first()(message, sender);
          if (answer === null) return;
          answered[JSON.stringify(answer).includes('"connected":true') ? 'signedIn' : 'signedOut']++;
          // The first answer only reads: storage is as it was, so the router sees the same values.
          await expect(fakeBrowser.storage.local.get()).resolves.toEqual(before);
          expect(answer).toEqual(await (await fullRouter())(message, sender));
        },
      ),
      { numRuns: 500 },
    );
    // The property says something only if the first answer does answer often, in both states.
    expect(answered.signedIn).toBeGreaterThan(5);
    expect(answered.signedOut).toBeGreaterThan(5);
  });

  it('reads each account under the keys of its storage items, and the policy under the managed items’', () => {
    const local = (item: { key: string }) => item.key.replace(/^local:/, '');
    const managed = (item: { key: string }) => item.key.replace(/^managed:/, '');
    expect(STORED_STATUS_SOURCES.map((s) => [s.message, s.keys, s.policyKeys ?? []])).toEqual([
      [
        'status.get',
        { grant: local(zoomGrantItem), profile: local(zoomProfileItem), signedOut: local(zoomSignedOutItem) },
        [zoomManagedOauthBaseItem, zoomManagedApiBaseItem, zoomManagedClientIdItem].map(managed),
      ],
      [
        'webex.status',
        {
          grant: local(webexGrantItem),
          profile: local(webexProfileItem),
          signedOut: local(webexSignedOutItem),
        },
        [],
      ],
    ]);
  });

  it('answers a signed-out person from storage, with the reason when one was kept', async () => {
    await store({ local: {}, managed: {} });
    await expect(first()({ type: 'status.get', payload: {} }, POPUP)).resolves.toEqual({
      ok: true,
      data: { zoom: { connected: false } },
    });
    await expect(first()({ type: 'webex.status', payload: {} }, POPUP)).resolves.toEqual({
      ok: true,
      data: { connected: false },
    });
    await store({ local: { zoomSignedOut: { reason: 'Signed out by Zoom.', at: 5 } }, managed: {} });
    await expect(first()({ type: 'status.get', payload: { refresh: false } }, POPUP)).resolves.toEqual({
      ok: true,
      data: { zoom: { connected: false, reason: 'Signed out by Zoom.' } },
    });
  });

  it('answers a signed-in person whose grant is for the servers in force, settings saved or not', async () => {
    const zoomGrant = { refreshToken: 'r', ...zoomDefault };
    delete (zoomGrant as { preset?: string }).preset;
    await store({ local: { zoomGrant, zoomProfile: user }, managed: {} });
    await expect(first()({ type: 'status.get', payload: {} }, POPUP)).resolves.toEqual({
      ok: true,
      data: { zoom: { connected: true, user } },
    });

    const sandbox = { ...SANDBOX, clientId: 'sandbox-client' };
    await store({
      local: {
        zoomGrant: { refreshToken: 'r', ...sandbox },
        zoomProfile: user,
        webexGrant: { refreshToken: 'r', ...sandbox },
        webexProfile: { userId: 'w1', displayName: 'Jack', email: 'k@example.com', orgId: 'o' },
        settings: { zoom: { preset: 'custom', ...sandbox }, webex: sandbox },
        settings$: { v: 3 },
      },
      managed: {},
    });
    await expect(first()({ type: 'status.get', payload: {} }, POPUP)).resolves.toMatchObject({
      data: { zoom: { connected: true } },
    });
    await expect(first()({ type: 'webex.status', payload: {} }, POPUP)).resolves.toMatchObject({
      data: { connected: true, user: { userId: 'w1' } },
    });
  });

  it('reads no policy where the managed area refuses (Firefox without a policy schema), as the router does', async () => {
    const zoomGrant = { refreshToken: 'r', ...zoomDefault };
    delete (zoomGrant as { preset?: string }).preset;
    await store({ local: { zoomGrant, zoomProfile: user }, managed: {} });
    const refusing = createFirstAnswer({
      extensionId: ID,
      extensionOrigin: ORIGIN,
      local: fakeBrowser.storage.local,
      managed: { get: async () => Promise.reject(new Error('Managed storage manifest not found')) },
    });
    const answer = await refusing({ type: 'status.get', payload: {} }, POPUP);
    expect(answer).toEqual({ ok: true, data: { zoom: { connected: true, user } } });
    expect(answer).toEqual(await (await fullRouter())({ type: 'status.get', payload: {} }, POPUP));
  });

  it('leaves to the router what it cannot answer without writing, fetching or asking the provider', async () => {
    const zoomGrant = {
      refreshToken: 'r',
      oauthBase: zoomDefault.oauthBase,
      apiBase: zoomDefault.apiBase,
      clientId: zoomDefault.clientId,
    };
    const cases: Stored[] = [
      // A grant without a saved profile: the router asks Zoom who it is.
      { local: { zoomGrant }, managed: {} },
      // A grant for other servers than the settings': the router ends that session.
      { local: { zoomGrant: { ...zoomGrant, clientId: 'other' }, zoomProfile: user }, managed: {} },
      // Settings of an older layout: the router migrates them first.
      {
        local: { zoomGrant, zoomProfile: user, settings: { zoom: zoomDefault }, settings$: { v: 2 } },
        managed: {},
      },
      // A value of the wrong shape: the router sets it aside.
      { local: { zoomSignedOut: 'gone' }, managed: {} },
      // A policy naming other servers.
      { local: { zoomGrant, zoomProfile: user }, managed: { zoomOauthBase: SANDBOX.oauthBase } },
    ];
    for (const stored of cases) {
      await store(stored);
      await expect(first()({ type: 'status.get', payload: {} }, POPUP)).resolves.toBeNull();
    }
    await store({ local: {}, managed: {} });
    await expect(first()({ type: 'status.get', payload: { refresh: true } }, POPUP)).resolves.toBeNull();
    await expect(first()({ type: 'upcoming.list', payload: {} }, POPUP)).resolves.toBeNull();
    await expect(
      first()({ type: 'status.get', payload: {} }, { id: ID, url: 'https://calendar.google.com/' }),
    ).resolves.toBeNull();
  });
});
