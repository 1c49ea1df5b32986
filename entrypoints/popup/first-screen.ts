import { browser } from 'wxt/browser';
import { formatDuration, formatWhen } from '@/components/format';
import { t } from '@/lib/i18n';
import { itemActions, rowLayout } from '@/lib/popup/item-actions';
import type { UpcomingItem } from '@/lib/protocol/popup';
import { MARK_COLOURS, MARK_GLYPHS } from '@/lib/brands/marks';
import { PROVIDER_NAMES } from '@/lib/brands/names';

// What the popup shows before the rest of it has loaded, built with plain DOM calls so that React
// (react-dom alone is ~200 kB to evaluate) loads only after the first rows are on screen. It draws
// exactly what the full popup's first render does (Tabs, UpcomingView's MeetingItem with
// MeetingSummary): same elements, classes, attributes and test ids, so the CSS applies and nothing
// moves when React takes over. test/unit/components/first-screen.test.tsx fails if the two drift.
// Only what needs nothing else works here (Join, Settings); the other buttons are there, disabled.

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string>,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  // No empty text nodes, as React makes none for ''.
  node.append(...children.filter((child) => child !== ''));
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag: string, attrs: Readonly<Record<string, string>>, ...children: Node[]): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** components/logos/provider-logo.tsx at its default size. */
function providerLogo(provider: UpcomingItem['provider']): SVGElement {
  return svg(
    'svg',
    {
      class: 'provider-logo',
      'data-logo': provider,
      width: '16',
      height: '16',
      viewBox: '0 0 24 24',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    svg('rect', { width: '24', height: '24', rx: '6', fill: MARK_COLOURS[provider] }),
    ...MARK_GLYPHS[provider].map((shape) => svg(shape.tag, shape.attrs)),
  );
}

/** components/meeting-summary.tsx: topic, then provider, kind and when. */
function summary(item: UpcomingItem): Node[] {
  const when = [formatWhen(item.startTime), formatDuration(item.durationMinutes)].filter(Boolean).join(' · ');
  const meta = el(
    'p',
    { class: 'meta' },
    providerLogo(item.provider),
    el('span', { class: 'provider', 'data-testid': 'provider' }, PROVIDER_NAMES[item.provider]),
  );
  if (item.kind === 'webinar') meta.append(el('span', { class: 'badge' }, t('kindWebinar')));
  meta.append(item.startTime ? el('time', { datetime: item.startTime }, when) : el('span', {}, when));
  return [el('h3', {}, item.topic), meta];
}

/** A row as MeetingItem draws it; the buttons that need the background wait for the full popup. */
function cachedRow(item: UpcomingItem): HTMLLIElement {
  const primary =
    rowLayout(itemActions(item)).primary === 'start'
      ? el('button', { type: 'button', class: 'primary', disabled: '' }, t('actionStart'))
      : el(
          'a',
          { class: 'button primary', href: item.joinUrl, target: '_blank', rel: 'noopener noreferrer' },
          t('actionJoin'),
        );
  const more = el(
    'button',
    { type: 'button', 'aria-haspopup': 'menu', 'aria-expanded': 'false', disabled: '' },
    `${t('actionMore')} `,
    el('span', { 'aria-hidden': 'true' }, '▾'),
  );
  return el(
    'li',
    {
      class: 'meeting',
      'data-testid': 'meeting',
      'data-meeting-id': item.id,
      'data-provider': item.provider,
    },
    ...summary(item),
    el('div', { class: 'actions' }, primary, more),
  );
}

/** components/tabs.tsx with "Upcoming" selected; the tabs switch once the full popup is in. */
function tabs(panel: Node): Node[] {
  const tab = (id: string, label: string, selected: boolean) => {
    const attrs: Record<string, string> = {
      type: 'button',
      role: 'tab',
      id: `tab-${id}`,
      'aria-selected': String(selected),
      tabindex: selected ? '0' : '-1',
    };
    if (selected) attrs['aria-controls'] = `panel-${id}`;
    return el('button', attrs, label);
  };
  return [
    el(
      'div',
      { role: 'tablist', 'aria-label': t('popupTitle'), class: 'tabs' },
      tab('upcoming', t('tabUpcoming'), true),
      tab('summaries', t('tabSummaries'), false),
    ),
    el('div', { role: 'tabpanel', id: 'panel-upcoming', 'aria-labelledby': 'tab-upcoming' }, panel),
  ];
}

/**
 * The first screen without its rows, built while storage answers; the function it gives back adds
 * the cached "Upcoming" rows (lib/popup/first-screen-cache.ts; null when nothing is cached) and
 * returns the screen, header and tabs included.
 */
export function prepareFirstScreen(): (items: UpcomingItem[] | null) => HTMLElement {
  const settings = el('button', { type: 'button', class: 'quiet' }, t('actionOpenSettings'));
  settings.addEventListener('click', () => void browser.runtime.openOptionsPage());
  const section = el(
    'section',
    { 'aria-labelledby': 'upcoming-heading', 'aria-busy': 'true' },
    el(
      'div',
      { class: 'section-head' },
      el('h2', { id: 'upcoming-heading' }, t('upcomingHeading')),
      el('button', { type: 'button', disabled: '' }, t('statusRefreshing')),
    ),
  );
  const screen = el(
    'main',
    { class: 'popup' },
    el('header', { class: 'popup-head' }, el('h1', {}, t('popupTitle')), settings),
    el('p', { role: 'status' }, t('statusLoading')),
    ...tabs(section),
  );
  let shown: Node | undefined;
  // Called again when the caches' answer differs from the picture drawn first: the rows are replaced.
  return (items) => {
    shown?.parentNode?.removeChild(shown);
    shown =
      items && items.length > 0
        ? el('ul', { class: 'meetings', 'data-testid': 'upcoming-list' }, ...items.map(cachedRow))
        : el('p', { role: 'status' }, t('statusLoading'));
    section.append(shown);
    return screen;
  };
}

/**
 * Draws the first screen into `root`: the picture of the last open at once when there is one
 * (lib/popup/first-screen-snapshot.ts), then the caches' rows when they answer, unless they are
 * the same. Resolves to the rows drawn from the caches, which the full popup takes over.
 */
export function drawFirstScreen(
  root: HTMLElement,
  cache: Promise<UpcomingItem[] | null>,
  snapshot: UpcomingItem[] | null,
): Promise<UpcomingItem[] | null> {
  const fill = prepareFirstScreen();
  if (snapshot) root.replaceChildren(fill(snapshot));
  return cache.then((cached) => {
    if (!snapshot || JSON.stringify(cached) !== JSON.stringify(snapshot)) root.replaceChildren(fill(cached));
    return cached;
  });
}

/** The first screen with its rows, at once. */
export function buildFirstScreen(items: UpcomingItem[] | null): HTMLElement {
  return prepareFirstScreen()(items);
}
