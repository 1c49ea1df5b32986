import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

// Runs after the build: the shipped files themselves are checked, not the sources.
const BUILDS = ['chrome-mv3', 'firefox-mv3'].map((b) => join(ROOT, '.output', b));
const TOKEN_CODE = [
  'zoomAccessToken',
  'zoomGrant',
  'refresh_token',
  'access_token',
  'code_verifier',
  'client_secret',
];

describe('the built bundles', () => {
  it.each(BUILDS)('%s: content scripts hold no token handling, and nothing holds a client secret', (dir) => {
    const scripts = readdirSync(join(dir, 'content-scripts')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const code = readFileSync(join(dir, 'content-scripts', file), 'utf8');
      for (const marker of TOKEN_CODE)
        expect(code.includes(marker), `${file} contains ${marker}`).toBe(false);
    }
    const all = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && f.name.endsWith('.js'))
      .map((f) => readFileSync(join(f.parentPath, f.name), 'utf8'));
    expect(all.some((code) => /client_secret\s*[:=]/.test(code))).toBe(false);
  });
});

describe('the built manifests', () => {
  const manifest = (build: string) =>
    JSON.parse(readFileSync(join(ROOT, '.output', build, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;

  it("Chrome's carries no Gecko settings (Chrome lists them as an unrecognized key); Firefox's does", () => {
    expect(manifest('chrome-mv3')).not.toHaveProperty('browser_specific_settings');
    expect(manifest('firefox-mv3')).toMatchObject({
      browser_specific_settings: {
        gecko: { id: 'calendar-meetings@example.org', strict_min_version: '140.0' },
      },
    });
  });
});
