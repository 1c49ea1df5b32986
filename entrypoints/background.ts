import { browser } from 'wxt/browser';
import type { Services } from '@/lib/background/services';

/** The context menus' registry and platform, for install and clicks only. */
async function loadMenus(load: () => Promise<Services>) {
  const [{ findMeetingOfLink }, { createBrowserMenuPlatform }, registry] = await Promise.all([
    load(),
    import('@/lib/menus/browser-platform'),
    import('@/lib/menus/registry'),
  ]);
  return { platform: createBrowserMenuPlatform({ findMeetingOfLink }), ...registry };
}
type MenuActions = Awaited<ReturnType<typeof loadMenus>>;

const RESUME_DELAY_MS = 500;

// Listeners are registered synchronously, so a restarted worker hears the event that woke it; what
// they call is imported on first use. In the one-file worker bundle a dynamic import is evaluated
// only when reached, so a start pays for the modules its first event needs, not for all of them.
export default defineBackground(() => {
  restrictLocalStorage();
  let services: Promise<Services> | undefined;
  const load = () =>
    (services ??= import('@/lib/background/services').then(({ createServices }) => createServices()));
  let menuActions: Promise<MenuActions> | undefined;
  const menus = () => (menuActions ??= loadMenus(load));

  browser.runtime.onMessage.addListener(async (message, sender) => (await load()).route(message, sender));
  browser.runtime.onInstalled.addListener(
    () => void menus().then(({ registerMenus, platform }) => registerMenus(browser.contextMenus, platform)),
  );
  browser.contextMenus.onClicked.addListener(
    (info) => void menus().then(({ runMenuAction, platform }) => runMenuAction(info, platform)),
  );
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
  // the engine is a large part of the bundle, and a job waits half a second without harm.
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
