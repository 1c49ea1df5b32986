import { browser } from 'wxt/browser';
import '../zod-config';
import type { ProviderKey } from '../brands/brands';
import { describeError } from '../http/describe-error';
import { lazyHandlers } from '../lazy-handlers';
import type { Handlers } from '../messaging';
import type { MeetingDispatch } from '../meetings/dispatch';
import { SHARED_POPUP_MESSAGES } from '../protocol/popup-shared';
import { messagesOf } from '../protocol/sections';
import type { MeetingProvider, ProviderAccount } from '../providers/provider';
import { PROVIDERS } from '../providers/registry';
import { type Settings, settingsItem } from '../storage';
import { createHandlers, type Services as HandlerServices } from './handlers';
import type { createRegistrationBackground } from './registration-setup';
import { createMessageRouter } from './router';

type RegistrationBackground = Awaited<ReturnType<typeof createRegistrationBackground>>;

/**
 * The composition root: every provider in the registry connected, and everything the background
 * does wired over them (no logic of its own). Built on the first event the first answer leaves to
 * it (full-background.ts), not at the worker's start; each group of handlers builds on its first
 * message, and the router builds only the schemas of the messages that come.
 */
export function createServices(providers: readonly MeetingProvider[] = PROVIDERS) {
  const redirectUrl = browser.identity.getRedirectURL();
  const context = {
    redirectUrl,
    launchWebAuthFlow: async (url: string) => {
      const redirected = await browser.identity.launchWebAuthFlow({ url, interactive: true });
      if (!redirected) throw new Error('The sign-in window closed without an answer.');
      return redirected;
    },
  };
  // Every account can be connected at once; each keeps its own tokens and server.
  const accounts: readonly ProviderAccount[] = providers.map((provider) => provider.connect(context));
  const accountOf = (key: ProviderKey) => {
    const account = accounts.find((a) => a.key === key);
    if (!account) throw new Error(`No provider is registered as "${key}".`);
    return account;
  };
  const meetingDefaults = {
    get: async () => (await settingsItem.get()).meetingDefaults,
    save: async (meetingDefaults: Settings['meetingDefaults']) =>
      settingsItem.set({ ...(await settingsItem.get()), meetingDefaults }),
  };
  // The calendar's meeting services are built when a `meeting.*` message first comes.
  let dispatch: Promise<MeetingDispatch> | undefined;
  const loaded = () =>
    (dispatch ??= import('./meetings-setup').then(({ createMeetings }) =>
      createMeetings({ accounts, defaults: meetingDefaults.get }),
    ));
  const meetings: HandlerServices['meetings'] = {
    providers: async () => (await loaded()).providers(),
    attach: async (...args: Parameters<MeetingDispatch['attach']>) => (await loaded()).attach(...args),
    linkFor: async (...args: Parameters<MeetingDispatch['linkFor']>) => (await loaded()).linkFor(...args),
    sync: async (...args: Parameters<MeetingDispatch['sync']>) => (await loaded()).sync(...args),
    remove: async (...args: Parameters<MeetingDispatch['remove']>) => (await loaded()).remove(...args),
  };
  // The popup's and the registration engine's handlers are built when one of their messages comes.
  const popupHandlers = lazyHandlers(SHARED_POPUP_MESSAGES, async () => {
    const [{ createPopupHandlers }, popupAccounts] = await Promise.all([
      import('./popup-handlers'),
      Promise.all(accounts.map((account) => account.popup())),
    ]);
    return createPopupHandlers({ accounts: popupAccounts });
  });
  let registrationBackground: Promise<RegistrationBackground> | undefined;
  const registration = () =>
    (registrationBackground ??= import('./registration-setup').then(({ createRegistrationBackground }) =>
      createRegistrationBackground(accounts),
    ));
  const registrationHandlers = lazyHandlers(
    messagesOf('registration'),
    async () => (await registration()).handlers,
  );
  const route = createMessageRouter(
    oneAnswerEach([
      popupHandlers,
      registrationHandlers,
      createHandlers({
        meetings,
        meetingDefaults,
        signInFromPage: (key) => accountOf(key).signInFromPage(),
        defaultProvider: async () => (await settingsItem.get()).defaultProvider,
      }),
      lazyHandlers(['panel.ticket', 'panel.redeem'], async () => {
        const [{ createPanelHandlers }, { createPanelTickets }] = await Promise.all([
          import('./panel-handlers'),
          import('../meetings/panel-tickets'),
        ]);
        return createPanelHandlers({ meetings, tickets: createPanelTickets() });
      }),
      lazyHandlers(['calendar.checkPages'], async () =>
        (await import('./page-check-handler')).createPageCheckHandlers(browser.tabs),
      ),
      // Each provider's own answers: its account, its server, what only it offers.
      ...accounts.map((account) => account.handlers),
    ]),
    {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      describeError,
    },
  );
  /** The menus ask the account of the provider whose join-link patterns a clicked link matches. */
  const findMeetingOfLink = (key: ProviderKey, link: string) => accountOf(key).findMeetingOfLink(link);
  return { route, registration, findMeetingOfLink };
}

export type Services = ReturnType<typeof createServices>;

/**
 * The groups' handlers as one map. A message answered by two groups is a wiring mistake, refused
 * at start: a provider's handler must never quietly replace a shared one (and its sender checks).
 */
export function oneAnswerEach(groups: readonly Partial<Handlers>[]): Partial<Handlers> {
  const all: Partial<Handlers> = {};
  for (const group of groups) {
    for (const [name, handler] of Object.entries(group)) {
      if (name in all) throw new Error(`Two handler groups answer "${name}".`);
      Object.assign(all, { [name]: handler });
    }
  }
  return all;
}
