import { describe, expect, it } from 'vitest';
import { hostPermissionsForBuild, ServerUrlSchema, serverUrlProblem } from '@/lib/auth/server-url';
import { protocol } from '@/lib/messaging';
import { ZoomEndpointsSchema } from '@/lib/storage';

describe('which addresses may be a server', () => {
  it.each([
    'https://zoom.us',
    'https://proxy.example.org:8443/zoom',
    'http://127.0.0.1:4010',
    'http://localhost:4010/v2',
    'http://[::1]:4010',
    'http://127.0.0.2',
  ])('accepts %s', (value) => {
    expect(serverUrlProblem(value)).toBeNull();
    expect(ServerUrlSchema.safeParse(value).success).toBe(true);
  });

  it('refuses http to another machine, and says to use https', () => {
    expect(serverUrlProblem('http://zoom.example.org')).toMatch(/uses http.*use https/);
    expect(serverUrlProblem('http://localhost.evil.example')).toMatch(/use https/);
    expect(serverUrlProblem('http://127.0.0.1.evil.example')).toMatch(/use https/);
  });

  it('refuses other schemes and non-addresses', () => {
    expect(serverUrlProblem('javascript:alert(1)')).toMatch(/not an https address/);
    expect(serverUrlProblem('ftp://zoom.us')).toMatch(/not an https address/);
    expect(serverUrlProblem('zoom.us')).toMatch(/not a web address/);
  });

  it('is what the settings accept: a plain-http server cannot be saved or read', () => {
    const endpoints = {
      preset: 'custom',
      oauthBase: 'http://zoom.example.org',
      apiBase: 'https://a.example/v2',
      clientId: 'x',
    };
    const result = ZoomEndpointsSchema.safeParse(endpoints);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/use https/);
  });
});

describe('the host permissions of a build', () => {
  const builtIn = ['https://zoom.us/*', 'https://api.zoom.us/*'];

  it('are the built-in hosts when no base is set', () => {
    expect(hostPermissionsForBuild({}, builtIn)).toEqual(builtIn);
  });

  it('add the origin of every base set, once, without its port or path', () => {
    const env = {
      WXT_ZOOM_OAUTH_BASE: 'http://127.0.0.1:4010',
      WXT_ZOOM_API_BASE: 'http://127.0.0.1:4010/v2',
      WXT_WEBEX_API_BASE: 'https://webex-proxy.example.org/v1',
    };
    expect(hostPermissionsForBuild(env, builtIn)).toEqual([
      ...builtIn,
      'http://127.0.0.1/*',
      'https://webex-proxy.example.org/*',
    ]);
  });

  it('stop the build on a base that is not https, naming the variable', () => {
    expect(() =>
      hostPermissionsForBuild({ WXT_WEBEX_OAUTH_BASE: 'http://webex.example.org' }, builtIn),
    ).toThrow(/^WXT_WEBEX_OAUTH_BASE: .*use https/);
  });
});

describe('the background’s door', () => {
  it('refuses a server-settings message with plain http to another machine, for Zoom and Webex', () => {
    const zoom = {
      preset: 'custom',
      oauthBase: 'http://a.example',
      apiBase: 'http://a.example/v2',
      clientId: 'x',
    };
    expect(protocol['settings.saveZoom'].request.safeParse(zoom).success).toBe(false);
    const webex = {
      endpoints: { oauthBase: 'http://w.example/v1', apiBase: 'http://w.example/v1', clientId: 'x' },
    };
    expect(protocol['settings.saveWebex'].request.safeParse(webex).success).toBe(false);
    const sandbox = {
      endpoints: {
        oauthBase: 'http://127.0.0.1:4010/webex/v1',
        apiBase: 'http://127.0.0.1:4010/webex/v1',
        clientId: 'x',
      },
    };
    expect(protocol['settings.saveWebex'].request.safeParse(sandbox).success).toBe(true);
  });
});
