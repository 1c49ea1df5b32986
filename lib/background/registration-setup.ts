import { browser } from 'wxt/browser';
import { extensionPageUrl } from '../extension-pages';
import { t } from '../i18n';
import { createAlarmScheduler, jobIdOfAlarm } from '../registration/alarm-scheduler';
import { createRegistrationRunner } from '../registration/runner';
import type { ProviderAccount } from '../providers/provider';
import type { RegistrationAccount } from '../registration/registration-account';
import { createRegistrationJobStore } from '../registration/job-items';
import { createRegistrationHandlers } from './registration-handlers';
import { createProgressReporter, NOTIFICATION_PREFIX } from './registration-progress';

/**
 * The registration engine as the background runs it: jobs in `local:registrationJob*`, woken by
 * `browser.alarms`, progress to open pages and notifications. The platform (`browser.*`) stays here,
 * so the engine and the handlers are tested without it; background.ts registers the listeners.
 */
export async function createRegistrationBackground(providers: readonly ProviderAccount[]) {
  const accounts = Object.fromEntries(
    await Promise.all(providers.map(async (p) => [p.key, await p.registration()] as const)),
  ) as Record<ProviderAccount['key'], RegistrationAccount>;
  const onProgress = createProgressReporter({
    t,
    broadcast: async (message) => {
      // Rejects when no page is open to hear it; that is the normal case for a background job.
      await browser.runtime.sendMessage(message).catch(() => undefined);
    },
    notify: async (id, title, message) => {
      await browser.notifications.create(id, {
        type: 'basic',
        iconUrl: extensionPageUrl('icon/128.png'),
        title,
        message,
      });
    },
  });
  const runner = createRegistrationRunner({
    store: createRegistrationJobStore(),
    // A job names its provider when queued; a restart resumes it with the same one.
    provider: (name) => accounts[name].provider,
    scheduler: createAlarmScheduler(browser.alarms),
    onProgress,
  });
  const handlers = createRegistrationHandlers({
    accounts,
    runner,
    newId: () => crypto.randomUUID(),
  });
  return {
    runner,
    handlers,
    onAlarm(name: string): void {
      const jobId = jobIdOfAlarm(name);
      if (jobId) void runner.onAlarm(jobId);
    },
    /** A job's notification opens its results on the registrants page. */
    onNotificationClicked(id: string): void {
      if (!id.startsWith(NOTIFICATION_PREFIX)) return;
      const jobId = encodeURIComponent(id.slice(NOTIFICATION_PREFIX.length));
      void browser.tabs.create({ url: extensionPageUrl(`registrants.html?job=${jobId}`) });
    },
  };
}
