import { browser } from 'wxt/browser';
import { createFirstAnswer } from '@/lib/background/first-answer';
import type { FullBackground } from '@/lib/background/full-background';
import { importOnInstall, loadFullBackground } from '@/lib/background/load-full-background';
import type { Sender } from '@/lib/messaging';

const RESUME_DELAY_MS = 500;

// Listeners are registered synchronously, so a restarted worker hears the event that woke it. What
// an extension page asks first (the accounts' status) is answered by a small module from storage
// (lib/background/first-answer.ts); everything else loads the rest of the background on first use:
// in Chrome a second script (lib/background/load-full-background.ts), in Firefox's event page a
// part of this bundle.
export default defineBackground(() => {
  restrictLocalStorage();
  if (!import.meta.env.FIREFOX) importOnInstall();
  let full: Promise<FullBackground> | undefined;
  const load = () =>
    (full ??= (
      import.meta.env.FIREFOX
        ? import('@/lib/background/full-background').then(({ createFullBackground }) =>
            createFullBackground(),
          )
        : Promise.resolve().then(loadFullBackground)
    ).catch((error: unknown) => {
      // Not kept: the next event tries again rather than fail for the rest of this start.
      full = undefined;
      throw error;
    }));
  const firstAnswer = createFirstAnswer({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    local: browser.storage.local,
    managed: browser.storage.managed,
  });
  const answer = async (message: unknown, sender: Sender) =>
    (await firstAnswer(message, sender)) ?? (await load()).route(message, sender);

  // Answered through `sendResponse`, which Chrome's `chrome.*` (this worker has no polyfill) and
  // Firefox's `browser.*` both keep.
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => {
      void answer(message, sender).then(sendResponse, (error: unknown) =>
        sendResponse({ ok: false, error: { code: 'unexpected', message: String(error) } }),
      );
      return true;
    },
  );
  browser.runtime.onInstalled.addListener(() => void load().then((b) => b.registerMenus()));
  browser.contextMenus.onClicked.addListener((info) => void load().then((b) => b.runMenuAction(info)));
  // Registration jobs outlive the worker: an alarm (a daily-limit reset, the watchdog) or the
  // browser's start wakes it, and every start picks up what was running or waiting.
  const registration = async () => (await load()).registration();
  const resumeJobs = () => void registration().then(({ runner }) => runner.resumeAll());
  browser.alarms.onAlarm.addListener((alarm) => void registration().then((r) => r.onAlarm(alarm.name)));
  browser.notifications.onClicked.addListener(
    (id) => void registration().then((r) => r.onNotificationClicked(id)),
  );
  browser.runtime.onStartup.addListener(resumeJobs);
  // Every start resumes the jobs, but only once the event that woke the worker has had its turn:
  // the engine is a large part of the background, and a job waits half a second without harm.
  setTimeout(resumeJobs, RESUME_DELAY_MS);
});

/**
 * The refresh tokens live in `storage.local`, which content scripts may read by default. Chrome
 * lets the extension close it to them (as `storage.session` is); Firefox supports the call only for
 * `storage.session` and rejects it here, so there the tokens stay readable to the extension's own
 * content scripts (never to the page). Nothing content-side reads storage: it asks by message.
 * Called first thing at every start, before any message can be answered.
 */
function restrictLocalStorage(): void {
  const local = browser.storage.local as typeof browser.storage.local & {
    setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
  };
  local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch((error: unknown) => {
    console.info('storage.local stays readable to content scripts here:', String(error));
  });
}
