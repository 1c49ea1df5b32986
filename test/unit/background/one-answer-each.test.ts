import { describe, expect, it } from 'vitest';
import { oneAnswerEach } from '@/lib/background/services';
import type { Handlers } from '@/lib/messaging';

const answer = (what: string) => (async () => what) as unknown as Handlers['status.get'];

describe('wiring the handler groups (lib/background/services.ts)', () => {
  it('merges groups that answer different messages', () => {
    const merged = oneAnswerEach([{ 'status.get': answer('a') }, { 'webex.status': answer('b') as never }]);
    expect(Object.keys(merged).sort()).toEqual(['status.get', 'webex.status']);
  });

  it('refuses a message answered twice: a provider cannot replace a shared, checked handler', () => {
    expect(() =>
      oneAnswerEach([
        { 'meeting.attach': answer('shared') as never },
        { 'meeting.attach': answer('provider') as never },
      ]),
    ).toThrow('Two handler groups answer "meeting.attach".');
  });
});
