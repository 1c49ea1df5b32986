import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { WEBEX_SANDBOX_CLIENT } from '../sandbox/webex/index';
import { ROOT } from './harness';
import { SANDBOX_CLIENT_ID } from './sandbox-connection';

/** The build-time variables a build for another server sets (lib/storage.ts, wxt.config.ts). */
export interface ServerBuildEnv {
  WXT_ZOOM_OAUTH_BASE: string;
  WXT_ZOOM_API_BASE: string;
  WXT_ZOOM_CLIENT_ID: string;
  WXT_WEBEX_OAUTH_BASE: string;
  WXT_WEBEX_API_BASE: string;
  WXT_WEBEX_CLIENT_ID: string;
}

/**
 * Builds the Chrome extension for another server, as a person would with `WXT_*` variables, into
 * its own folder (`wxt build --mode <mode>` writes `.output/chrome-mv3-<mode>`), so the default build
 * the other tests use is left alone. Resolves with the folder to load.
 */
export async function buildForServer(mode: string, env: ServerBuildEnv): Promise<string> {
  // Only the variables given: a developer's own WXT_* in the shell must not leak into the build.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('WXT_')),
  );
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', mode], {
      cwd: ROOT,
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`wxt build --mode ${mode} failed (${code}):\n${output.join('')}`);
  return join(ROOT, '.output', `chrome-mv3-${mode}`);
}

/** The variables for a build made for the sandbox at `url` (the sandbox's own client ids). */
export function sandboxBuildEnv(url: string): ServerBuildEnv {
  return {
    WXT_ZOOM_OAUTH_BASE: url,
    WXT_ZOOM_API_BASE: `${url}/v2`,
    WXT_ZOOM_CLIENT_ID: SANDBOX_CLIENT_ID,
    WXT_WEBEX_OAUTH_BASE: `${url}/webex/v1`,
    WXT_WEBEX_API_BASE: `${url}/webex/v1`,
    WXT_WEBEX_CLIENT_ID: WEBEX_SANDBOX_CLIENT,
  };
}
