/**
 * PKCE (RFC 7636) for a public client: the verifier stays in the background's memory, only its
 * S256 challenge goes to the authorization page, so a stolen authorization code is useless alone.
 */

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomBase64url(byteLength: number): string {
  const bytes = new Uint8Array(byteLength);
  crypto.getRandomValues(bytes);
  return base64url(bytes);
}

/** 32 random bytes give 43 characters, the RFC's recommended minimum; up to 96 bytes give 128. */
export function createVerifier(byteLength = 32): string {
  if (byteLength < 32 || byteLength > 96)
    throw new RangeError('A PKCE verifier needs 32 to 96 random bytes.');
  return randomBase64url(byteLength);
}

export async function challengeS256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** The `state` that ties the redirect back to the sign-in this worker started. */
export function createState(): string {
  return randomBase64url(16);
}
