import { parseSelection } from '../../registration/parse';
import type { MenuAction } from '../types';

/**
 * Selected text with e-mail addresses -> the registrants page with those people filled in. They
 * travel in the URL's fragment (`#people=<JSON>`), which never leaves the browser, so the page
 * needs no storage hand-off and a reload keeps them.
 */
export const registerToMeeting: MenuAction = {
  id: 'register-to-meeting',
  titleKey: 'menuRegisterToMeeting',
  contexts: ['selection'],
  requiresPage: 'registrants.html',
  async run(click, platform) {
    const { people } = parseSelection(click.selectionText ?? '');
    if (people.length === 0) return platform.notify(platform.t('menuNoAddresses'));
    const list = people.map(({ email, firstName, lastName }) => ({
      email,
      firstName,
      ...(lastName ? { lastName } : {}),
    }));
    await platform.openPage(`registrants.html#people=${encodeURIComponent(JSON.stringify(list))}`);
  },
};
