import { describe, expect, it } from 'vitest';
import { protocol } from '@/lib/messaging';
import { registrationMessages } from '@/lib/protocol/registration';
import { messagesOf, protocolEntry, SECTION_OF } from '@/lib/protocol/sections';

describe('the protocol by section (what the router loads on first need)', () => {
  it('finds every message of the joined protocol, as the same entry', async () => {
    expect(Object.keys(SECTION_OF).sort()).toEqual(Object.keys(protocol).sort());
    for (const name of Object.keys(protocol) as (keyof typeof protocol)[]) {
      expect(await protocolEntry(name), name).toBe(protocol[name]);
    }
  });

  it('knows nothing else, inherited names included', async () => {
    for (const name of ['nope', 'toString', '__proto__', 'constructor', 'hasOwnProperty', '']) {
      expect(await protocolEntry(name), name).toBeUndefined();
    }
  });

  it('names the messages of a section without loading it', () => {
    expect(messagesOf('registration').sort()).toEqual(Object.keys(registrationMessages).sort());
  });
});
