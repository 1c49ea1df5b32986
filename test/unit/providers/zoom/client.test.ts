import { describe, expect, it } from 'vitest';
import { profileFromUser } from '@/lib/providers/zoom/client';
import { json } from '@/test/support/fake-fetch';
import { fakeZoomApi } from '@/test/support/fake-provider-api';

const me = {
  id: 'u1',
  email: 'jill@example.com',
  first_name: 'Jill',
  last_name: 'Chill',
  type: 2,
  account_id: 'acc-9',
};

describe('the Zoom client', () => {
  it('reads the current user at users/me', async () => {
    const h = fakeZoomApi(() => json(me));
    await expect(h.zoom.currentUser()).resolves.toMatchObject({ id: 'u1', account_id: 'acc-9' });
    expect(h.sent()).toMatchObject({ method: 'GET', path: 'users/me' });
  });

  it('refuses a user without an id', async () => {
    const h = fakeZoomApi(() => json({ email: 'x@example.com', type: 1 }));
    await expect(h.zoom.currentUser()).rejects.toMatchObject({ kind: 'unexpected-response' });
  });

  it('turns the user into the profile the status shows', () => {
    expect(profileFromUser(me)).toEqual({
      userId: 'u1',
      displayName: 'Jill Chill',
      email: 'jill@example.com',
      accountType: 'licensed',
      accountId: 'acc-9',
    });
    expect(profileFromUser({ id: 'u2', email: 'b@example.com', type: 1, display_name: 'Bo' })).toMatchObject({
      displayName: 'Bo',
      accountType: 'basic',
      accountId: '',
    });
    expect(profileFromUser({ id: 'u3', email: 'c@example.com', type: 42 })).toMatchObject({
      displayName: 'c@example.com',
      accountType: 'unknown',
    });
  });
});
