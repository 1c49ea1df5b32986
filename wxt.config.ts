import { defineConfig } from 'wxt';

// The API hosts the background talks to. Custom bases (a local sandbox, a proxy) are optional host
// permissions asked for at run time, so the install prompt stays short.
const API_HOSTS = [
  'https://zoom.us/*',
  'https://api.zoom.us/*',
  'https://zoomgov.com/*',
  'https://api.zoomgov.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'identity', 'alarms', 'contextMenus', 'notifications'],
    host_permissions: API_HOSTS,
    optional_host_permissions: ['http://localhost/*', 'http://127.0.0.1/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings: {
      gecko: {
        id: 'calendar-meetings@example.org',
        strict_min_version: '142.0',
        // Attendee addresses and the sign-in go to the meeting provider the person connects.
        data_collection_permissions: { required: ['personallyIdentifyingInfo', 'authenticationInfo'] },
      },
    },
  },
});
