import { describe, expect, it, vi } from 'vitest';
import { base64url, challengeS256, createState, createVerifier } from '@/lib/auth/pkce';

// RFC 7636, appendix B.
const RFC_OCTETS = [
  116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191,
  240, 91, 88, 5, 88, 83, 132, 141, 121,
];
const RFC_VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const RFC_CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const UNRESERVED = /^[A-Za-z0-9\-._~]+$/;

describe('PKCE', () => {
  it('encodes the RFC 7636 octets as the RFC verifier', () => {
    expect(base64url(new Uint8Array(RFC_OCTETS))).toBe(RFC_VERIFIER);
  });

  it('derives the RFC 7636 S256 challenge from the RFC verifier', async () => {
    await expect(challengeS256(RFC_VERIFIER)).resolves.toBe(RFC_CHALLENGE);
  });

  it('makes the verifier from crypto.getRandomValues', () => {
    const spy = vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
      (array as Uint8Array).set(RFC_OCTETS);
      return array;
    });
    expect(createVerifier()).toBe(RFC_VERIFIER);
    expect(spy).toHaveBeenCalledOnce();
  });

  it('makes verifiers of 43 to 128 unreserved characters, different every time', () => {
    const shortest = createVerifier();
    const longest = createVerifier(96);
    expect(shortest).toHaveLength(43);
    expect(longest).toHaveLength(128);
    expect(shortest).toMatch(UNRESERVED);
    expect(longest).toMatch(UNRESERVED);
    expect(createVerifier()).not.toBe(shortest);
  });

  it('refuses sizes that would leave the 43–128 range', () => {
    expect(() => createVerifier(31)).toThrow(RangeError);
    expect(() => createVerifier(97)).toThrow(RangeError);
  });

  it('makes a fresh URL-safe state each time', () => {
    const a = createState();
    expect(a).toMatch(UNRESERVED);
    expect(a.length).toBeGreaterThanOrEqual(22);
    expect(createState()).not.toBe(a);
  });
});
