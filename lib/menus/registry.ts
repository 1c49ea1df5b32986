import { copyInvitation } from './actions/copy-invitation';
import { manageRegistrants } from './actions/manage-registrants';
import { registerToMeeting } from './actions/register-to-meeting';
import { scheduleMeeting } from './actions/schedule-meeting';
import { everyProvider } from '../brands/names';
import type { MenuAction, MenuClick, MenuContextType, MenuPlatform } from './types';

/** Every context-menu action. Adding one is a file in actions/ and a line here (a test checks). */
export const menuActions: readonly MenuAction[] = [
  registerToMeeting,
  copyInvitation,
  manageRegistrants,
  scheduleMeeting,
];

export interface MenusApi {
  removeAll(): Promise<void>;
  create(properties: {
    id: string;
    title: string;
    contexts: [MenuContextType, ...MenuContextType[]];
    targetUrlPatterns?: string[];
    documentUrlPatterns?: string[];
  }): unknown;
}

/**
 * (Re)creates the items, from runtime.onInstalled: Chrome keeps them across worker restarts, and
 * an update re-runs this, so an item whose page was missing appears once the page is built.
 */
export async function registerMenus(
  menus: MenusApi,
  platform: Pick<MenuPlatform, 't'> & { pageExists(path: string): Promise<boolean> },
  actions: readonly MenuAction[] = menuActions,
): Promise<string[]> {
  await menus.removeAll();
  const created: string[] = [];
  for (const action of actions) {
    if (action.requiresPage && !(await platform.pageExists(action.requiresPage))) continue;
    menus.create({
      id: action.id,
      // A title may speak of every provider ("Register to a Zoom or Webex meeting…").
      title: platform.t(action.titleKey, [everyProvider('disjunction')]),
      contexts: action.contexts as [MenuContextType, ...MenuContextType[]],
      ...(action.targetUrlPatterns ? { targetUrlPatterns: action.targetUrlPatterns } : {}),
      ...(action.documentUrlPatterns ? { documentUrlPatterns: action.documentUrlPatterns } : {}),
    });
    created.push(action.id);
  }
  return created;
}

/** Runs the clicked item's action; a click on an item that is not ours is ignored. */
export async function runMenuAction(
  click: MenuClick,
  platform: MenuPlatform,
  actions: readonly MenuAction[] = menuActions,
): Promise<void> {
  const action = actions.find((a) => a.id === String(click.menuItemId));
  if (!action) return;
  try {
    await action.run(click, platform);
  } catch (error) {
    // A menu click has no view to show an error in: say it in a notification.
    console.error(`Menu action "${action.id}" failed`, error);
    await platform.notify(platform.t('menuActionFailed', [everyProvider('conjunction')]));
  }
}
