import { browser } from 'wxt/browser';
import type { CalendarActions, LoadActions } from './actions';
import { messageOf } from '../adapter';
import type { Translate } from '../content-t';
import { contentT } from '../content-t';

/** Where the actions bundle leaves them: a property of the content script's own (isolated) global. */
export const ACTIONS_GLOBAL = '__calendarMeetingsActions';
/** The actions bundle, an unlisted script listed in web_accessible_resources for the calendar pages. */
export const ACTIONS_PATH = '/calendar-actions.js';

/**
 * Loads the actions bundle from `url()` on the first call and keeps the promise. `import()` from a
 * content script runs the module in the script's own world (Chrome, Firefox >= 89), so the page
 * never sees what it registers. A failed load is not kept: the next click tries again.
 */
export function actionsLoader(url: () => string, t: Translate = contentT): LoadActions {
  let loading: Promise<CalendarActions> | null = null;
  const load = async () => {
    await import(/* @vite-ignore */ url());
    const actions = (globalThis as Record<string, unknown>)[ACTIONS_GLOBAL] as CalendarActions | undefined;
    if (!actions) throw new Error(`${ACTIONS_GLOBAL} not set`);
    return actions;
  };
  return () =>
    (loading ??= load().catch((cause: unknown) => {
      loading = null;
      throw new Error(t('errorActionsUnavailable', messageOf(cause)));
    }));
}

export const loadCalendarActions = actionsLoader(() => browser.runtime.getURL(ACTIONS_PATH));
