import { brandOf } from '../brands/brands';
import type { UpcomingItem } from '../protocol/popup';

/**
 * What a row of "Upcoming" offers: the row renders these, never the provider's name. They come
 * from the provider's brand (lib/brands/), so a new provider's rows need nothing here.
 */
export interface ItemActions {
  /** A host start link, fetched on click. */
  start: boolean;
  copyInvitation: boolean;
  livestream: boolean;
  /** The registrants page for this event, relative to the extension's root. */
  registrantsPage: string;
}

export function itemActions(item: UpcomingItem): ItemActions {
  const { rows } = brandOf(item.provider);
  const page = new URLSearchParams({ provider: item.provider, [rows.registerAs[item.kind]]: item.id });
  return {
    start: rows.start,
    copyInvitation: rows.invitation.includes(item.kind),
    livestream: rows.livestream.includes(item.kind),
    registrantsPage: `registrants.html?${page}`,
  };
}

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
