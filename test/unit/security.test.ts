import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { protocol } from '@/lib/messaging';

const SECRET_NAME = /token|verifier|secret|code_challenge/i;

/** Every property name anywhere in a JSON schema. */
function propertyNames(schema: unknown, into: string[] = []): string[] {
  if (Array.isArray(schema)) for (const item of schema) propertyNames(item, into);
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties' && value && typeof value === 'object') into.push(...Object.keys(value));
      propertyNames(value, into);
    }
  }
  return into;
}

describe('what content scripts can receive', () => {
  it('no reply a content script may ask for has a field named like a secret', () => {
    const leaks: string[] = [];
    for (const [name, entry] of Object.entries(protocol)) {
      if (!entry.contentScript) continue;
      const names = propertyNames(z.toJSONSchema(entry.response, { unrepresentable: 'any' }));
      for (const field of names.filter((n) => SECRET_NAME.test(n))) leaks.push(`${name}: ${field}`);
    }
    expect(leaks).toEqual([]);
  });

  it('the check itself sees a token field when one is there', () => {
    const names = propertyNames(z.toJSONSchema(z.object({ user: z.object({ accessToken: z.string() }) })));
    expect(names.filter((n) => SECRET_NAME.test(n))).toEqual(['accessToken']);
  });
});
