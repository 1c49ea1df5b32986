import type { Provider, UpcomingItem } from '../protocol/popup';

/**
 * What a row of "Upcoming" offers, by provider and kind: the row renders these, never the
 * provider's name, so adding a provider is adding an entry here.
 */
export interface ItemActions {
  /** Zoom's host start link, fetched on click. Webex has none: its host starts by joining. */
  start: boolean;
  /** Zoom has no invitation for webinars; Webex's is composed by the background. */
  copyInvitation: boolean;
  /** Zoom meetings' live stream; Webex's API has none. */
  livestream: boolean;
  /** The registrants page for this event, relative to the extension's root. */
  registrantsPage: string;
}

const BY_PROVIDER: Record<Provider, (item: UpcomingItem) => ItemActions> = {
  zoom: (item) => ({
    start: true,
    copyInvitation: item.kind === 'meeting',
    livestream: item.kind === 'meeting',
    registrantsPage: `registrants.html?${item.kind}=${encodeURIComponent(item.id)}`,
  }),
  webex: (item) => ({
    start: false,
    copyInvitation: true,
    livestream: false,
    registrantsPage: `registrants.html?provider=webex&meeting=${encodeURIComponent(item.id)}`,
  }),
};

export const itemActions = (item: UpcomingItem): ItemActions => BY_PROVIDER[item.provider](item);

/** What a row's "More" menu can hold. */
export type MenuAction = 'join' | 'copyLink' | 'copyInvitation' | 'registrants' | 'livestream';

/**
 * The row's layout: one primary action (Start for the host where the provider has a start link,
 * as Zoom's own client offers its host; else Join), and the rest in order in the "More" menu.
 */
export function rowLayout(actions: ItemActions): { primary: 'start' | 'join'; menu: MenuAction[] } {
  const primary = actions.start ? 'start' : 'join';
  const all: [MenuAction, boolean][] = [
    ['join', primary !== 'join'],
    ['copyLink', true],
    ['copyInvitation', actions.copyInvitation],
    ['registrants', true],
    ['livestream', actions.livestream],
  ];
  return { primary, menu: all.filter(([, offered]) => offered).map(([action]) => action) };
}
