import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { hostPermissionsForBuild } from './lib/auth/server-url';
import { popupModuleAfterFirstScreen } from './build-plugins/popup-module-after-first-screen';
import { zodNoEval } from './build-plugins/zod-no-eval';
import { calendarPages } from './lib/calendar/sites/registry';

// The API hosts the background talks to. Custom bases (a local sandbox, a proxy) are optional host
// permissions asked for at run time, so the install prompt stays short.
const API_HOSTS = [
  'https://zoom.us/*',
  'https://api.zoom.us/*',
  'https://zoomgov.com/*',
  'https://api.zoomgov.com/*',
  // Webex serves OAuth and its API from one host (lib/storage.ts, WEBEX_API_BASE).
  'https://webexapis.com/*',
];

// Set once WXT has resolved the config: which browser this build is for.
let targetBrowser = 'chrome';

export default defineConfig({
  hooks: {
    'config:resolved': (wxt) => {
      targetBrowser = wxt.config.browser;
    },
    // A build for another server (WXT_ZOOM_OAUTH_BASE, …: the sandbox, a proxy) gets its origin as a
    // host permission: real providers send no CORS headers, so only a host permission lets the
    // extension reach them, with no prompt. Here, because `.env` files are loaded by now.
    'build:manifestGenerated': (wxt, manifest) => {
      manifest.host_permissions = hostPermissionsForBuild(process.env, API_HOSTS);
      // Gecko's settings mean nothing to Chrome, which lists the key as unrecognized on the
      // extensions page: only Firefox's manifest carries them.
      if (wxt.config.browser !== 'firefox') delete manifest.browser_specific_settings;
    },
    // Content scripts use only runtime.sendMessage, getURL and i18n, which Chrome's MV3 `chrome.*` and
    // Firefox's `browser.*` already return promises for; the polyfill (~10 kB) would cost 40% of
    // their 25 kB budget for nothing. Every other entry keeps it.
    'vite:build:extendConfig': (entrypoints, config) => {
      // calendar-actions: the calendar content scripts' on-demand part, under the same rule; so is
      // popup-first-screen, the popup's first screen (storage.local.get, i18n, openOptionsPage), and
      // Chrome's background.js: its own code is the listeners and the first answer, and the rest
      // (background-services.js, with the polyfill) loads only when an event needs it. Firefox's
      // background is one bundle and keeps the polyfill.
      const lean = (e: { type: string; name: string }) =>
        e.type === 'content-script' ||
        e.name === 'calendar-actions' ||
        e.name === 'popup-first-screen' ||
        (e.type === 'background' && targetBrowser !== 'firefox');
      if (!entrypoints.every(lean)) return;
      const alias = config.resolve?.alias;
      // Their `ctx` is the lean context (lib/calendar/content/content-script-context.ts): only its signal is used.
      const context = {
        find: 'wxt/utils/content-script-context',
        replacement: fileURLToPath(
          new URL('./lib/calendar/content/content-script-context.ts', import.meta.url),
        ),
      };
      if (Array.isArray(alias)) {
        config.resolve!.alias = [
          ...alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser'),
          context,
        ];
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
        (alias as Record<string, string>)[context.find] = context.replacement;
      } else {
        config.resolve = { ...config.resolve, alias: [context] };
      }
    },
  },
  // No eval in any bundle: zod's probe and JIT compiler are removed at build time (lib/zod-config.ts).
  // No modulepreload polyfill: every browser this build supports (Chrome, Firefox >= 115) has
  // modulepreload, and the polyfill is one more file each page loads before its first script runs.
  // popupModuleAfterFirstScreen: popup.html asks for nothing but its first screen's script.
  vite: () => ({
    plugins: [zodNoEval(), popupModuleAfterFirstScreen()],
    build: { modulePreload: { polyfill: false } },
  }),
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // `wxt zip -b firefox` also writes the sources zip AMO asks for with a bundled build: everything
  // `npm ci && npm run build:firefox` needs (WXT already leaves out node_modules, dotfiles, .output
  // and *.test.* files), without the test suites, tools and their outputs.
  zip: {
    excludeSources: [
      'test/**',
      'scripts/**',
      'test-results/**',
      'demo-screenshots/**',
      'bench-results/**',
      'vitest.*.ts',
    ],
  },
  manifestVersion: 3,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // clipboardWrite: the invitation and schedule windows a menu click opens copy the invitation
    // at once; without it Firefox demands a fresh click (transient activation) for every copy.
    permissions: ['storage', 'identity', 'alarms', 'contextMenus', 'notifications', 'clipboardWrite'],
    host_permissions: API_HOSTS,
    // The registrants panel is framed by the calendar pages only; no other site may load it, and
    // only at this session's random address (use_dynamic_url), which a page cannot guess. The
    // calendar content scripts import their on-demand part (calendar-actions.js) from there too.
    web_accessible_resources: [
      {
        resources: ['panel.html', 'calendar-actions.js'],
        use_dynamic_url: true,
        // The calendar sites' pages (lib/calendar/sites/registry.ts: plain data, no browser APIs).
        matches: [...calendarPages],
      },
    ],
    optional_host_permissions: ['http://localhost/*', 'http://127.0.0.1/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    // Enterprise policy may set the Zoom server and client id (lib/providers/zoom/endpoints.ts).
    storage: { managed_schema: 'managed_schema.json' },
    browser_specific_settings: {
      gecko: {
        id: 'calendar-meetings@example.org',
        // 140 is the ESR most organisations run, and the first with data_collection_permissions.
        strict_min_version: '140.0',
        // What goes to the meeting provider the person connects (docs/store.md): names and addresses
        // of the people registered, the sign-in, and the event's title and description read from
        // the calendar page.
        data_collection_permissions: {
          required: ['personallyIdentifyingInfo', 'authenticationInfo', 'websiteContent'],
        },
      },
      // Firefox for Android reads data_collection_permissions from 142 on. The extension is offered
      // for desktop only (docs/store.md); this states the minimum should Android ever load it.
      gecko_android: { strict_min_version: '142.0' },
    },
  },
});
