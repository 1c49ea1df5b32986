// What the in-process sandbox starts with (test/sandbox/seed.json, test/sandbox/webex-seed.json):
// the ids tests reach for, and what each is for.

/** Zoom's seed; ids are numbers, as Zoom's JSON gives them. */
export const ZOOM_SEED = {
  noRegistration: 81000000001,
  autoApproval: 81000000002,
  manualApproval: 81000000003,
  recurring: 81000000004,
  over: 81000000005,
  live: 81000000006,
  webinar: 92000000001,
  recurringWebinar: 92000000002,
  summaryOnly: 81000000007,
  account: 'sbxAccount00000000001',
  hostEmail: 'host@sandbox.example',
} as const;

type NumericKeys = {
  [K in keyof typeof ZOOM_SEED]: (typeof ZOOM_SEED)[K] extends number ? K : never;
}[keyof typeof ZOOM_SEED];

/** The same Zoom meetings and webinars by id as the extension keeps them: strings (storage, messages, jobs). */
export const ZOOM_IDS = Object.fromEntries(
  Object.entries(ZOOM_SEED)
    .filter(([, id]) => typeof id === 'number')
    .map(([name, id]) => [name, String(id)]),
) as Record<NumericKeys, string>;

/** Webex's seed. */
export const WEBEX_SEED = {
  /** Registration on, manual approval; Ada and Alan approved, Grace and Linus pending, Mallory rejected. */
  training: '5b1e0a8c9d2f4e6a8b0c1d2e3f405162',
  /** A weekly series without registration. */
  sync: '9c4d2b1a0f3e4d5c6b7a8f9e0d1c2b3a',
  grace: '7a3f1c2e-0000-4000-8000-000000000003',
  linus: '7a3f1c2e-0000-4000-8000-000000000004',
  mallory: '7a3f1c2e-0000-4000-8000-000000000005',
  hostEmail: 'host@webex-sandbox.example',
  client: 'sandbox-webex-client',
} as const;
