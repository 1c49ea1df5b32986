import { describe, expect, it } from 'vitest';
import { createZoomPaths, segment } from '@/lib/providers/zoom/paths';

describe('Zoom paths', () => {
  const user = createZoomPaths({ level: 'user' });
  const account = createZoomPaths({ level: 'account', accountId: 'acc-1' });

  it('builds user-level paths', () => {
    expect(user.me()).toBe('users/me');
    expect(user.mine('meetings')).toBe('users/me/meetings');
    expect(user.event('meetings', 123, 'batch_registrants')).toBe('meetings/123/batch_registrants');
    expect(user.event('webinars', 9, 'livestream', 'status')).toBe('webinars/9/livestream/status');
    expect(user.registrant('meetings', 123, 'r1')).toBe('meetings/123/registrants/r1');
    expect(user.summaries()).toBe('meetings/meeting_summaries');
    expect(user.summary(123)).toBe('meetings/123/meeting_summary');
  });

  it('builds the account-level forms of the Zoom reference (docs/api/)', () => {
    expect(account.me()).toBe('accounts/acc-1/users/me');
    expect(account.mine('meetings')).toBe('accounts/acc-1/users/me/meetings');
    expect(account.mine('webinars')).toBe('accounts/acc-1/users/me/webinars');
    expect(account.event('meetings', 123, 'registrants', 'status')).toBe(
      'accounts/acc-1/meetings/123/registrants/status',
    );
    expect(account.registrant('webinars', 5, 'r1')).toBe('accounts/acc-1/webinars/5/registrants/r1');
    expect(account.summaries()).toBe('accounts/acc-1/meetings/meeting_summaries');
    expect(account.summary('abc')).toBe('accounts/acc-1/meetings/abc/meeting_summary');
  });

  it('encodes UUIDs once, and twice when Zoom requires it', () => {
    expect(segment('aDYlohsHRtCd4ii1uC2+hA==')).toBe('aDYlohsHRtCd4ii1uC2%2BhA%3D%3D');
    expect(segment('/ajXp112QmuoKj4854875==')).toBe('%252FajXp112QmuoKj4854875%253D%253D');
    expect(segment('ab//cd')).toBe('ab%252F%252Fcd');
  });

  it('refuses an account level without an account id', () => {
    expect(() => createZoomPaths({ level: 'account', accountId: '' })).toThrow();
  });
});
