import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { ZOOM_PRESETS, type ZoomEndpoints } from '@/lib/storage';
import { defineAccountSection } from './provider-account';
import { defineProviderOptions } from './provider-options';

const ACCOUNT_TYPES: Record<string, string> = {
  basic: 'accountTypeBasic',
  licensed: 'accountTypeLicensed',
  'on-prem': 'accountTypeOnPrem',
  none: 'accountTypeNone',
  unknown: 'accountTypeUnknown',
};

const PRESETS = [
  { value: 'zoom', label: 'presetZoom' },
  { value: 'zoomgov', label: 'presetZoomGov' },
  { value: 'custom', label: 'presetCustom' },
] as const;

/** Zoom on the options page: the `auth.*` messages, account types, and the zoom.us / ZoomGov presets. */
export const zoomOptions = defineProviderOptions({
  account: {
    heading: { id: 'account-heading', text: 'optionsAccountHeading' },
    section: defineAccountSection({
      provider: 'zoom',
      status: { name: 'status.get', payload: { refresh: true } },
      signIn: { name: 'auth.signIn', payload: {} },
      signOut: { name: 'auth.signOut', payload: {} },
      read: (reply) => reply.zoom,
      details: (user) => [['accountType', t(ACCOUNT_TYPES[user.accountType] ?? 'accountTypeUnknown')]],
      text: {
        notConnected: 'statusNotConnected',
        connect: 'actionConnectZoom',
        noClientId: 'accountNoClientIdZoom',
        noClientIdHow: 'accountNoClientIdHowZoom',
      },
      testIds: { user: 'zoom-user', status: 'connection-status' },
    }),
  },
  server: {
    heading: { id: 'server-heading', text: 'settingsServerHeading' },
    form: {
      save: (endpoints: ZoomEndpoints) => sendMessage('settings.saveZoom', endpoints),
      presets: {
        choices: PRESETS.map(({ value: preset, label }) => ({
          value: preset,
          label,
          choose: (d: ZoomEndpoints): ZoomEndpoints =>
            preset === 'custom' ? { ...d, preset } : { ...d, preset, ...ZOOM_PRESETS[preset] },
        })),
        selected: (d) => d.preset,
        custom: (d) => d.preset === 'custom',
      },
      // zoom.us and ZoomGov are in the manifest's hosts; a custom server is not.
      needsHostPermission: (d) => d.preset === 'custom',
      text: { clientId: 'settingsClientId', redirectUrl: 'optionsRedirectUrl' },
      testIds: { redirectUrl: 'redirect-url', message: 'settings-message' },
    },
  },
});
