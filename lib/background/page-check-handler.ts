import { PAGE_CHECK } from '../calendar/content/page-check';
import { type CheckedPage, PageCheckSchema } from '../protocol/calendar-check';
import type { Handlers } from './router';

/** The part of `browser.tabs` the check uses: no "tabs" permission needed for ids and messages. */
export interface CheckTabs {
  query(query: Record<string, never>): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/**
 * Asks every tab: only the calendar tabs run a content script that answers (the others reject),
 * so no host permission beyond the content scripts' own is needed to find them.
 */
export function createPageCheckHandlers(tabs: CheckTabs): Pick<Handlers, 'calendar.checkPages'> {
  return {
    'calendar.checkPages': async () => {
      const ids = (await tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
      const answers = await Promise.all(
        ids.map((id) => tabs.sendMessage(id, { type: PAGE_CHECK }).catch(() => undefined)),
      );
      const pages: CheckedPage[] = [];
      for (const answer of answers) {
        const page = PageCheckSchema.safeParse(answer);
        if (page.success) pages.push(page.data);
      }
      return { pages };
    },
  };
}
