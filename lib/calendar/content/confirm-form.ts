import type { EventReading } from '../adapter';
import type { Translate } from '../content-t';
import { isTimeZone } from '../../protocol/event-rules';
import type { PageEvent } from '../../protocol/calendar-event';
import { make } from './make';

// "Confirm the meeting": shown in place of the button when a field the meeting needs could not be
// read with confidence. Prefilled with what was read; the meeting is made from what the person
// confirms, plus what the page showed beside it (guests, description, location, id). DOM calls
// only; every control labelled; Enter confirms, Escape cancels; only trusted events count, so the
// page cannot confirm for the person.

export interface ConfirmOptions {
  reading: EventReading;
  /** The confirm button's label ("Add Zoom meeting"). */
  confirmLabel: string;
  onConfirm(event: PageEvent): void;
  onCancel(): void;
}

const TIME = /^\d\d:\d\d$/;

/** The form, and the control to focus first (the first field that was not read). */
export function confirmForm(
  doc: Document,
  t: Translate,
  { reading: { draft, missing }, confirmLabel, onConfirm, onCancel }: ConfirmOptions,
): [HTMLElement, HTMLElement] {
  const start = draft.start ?? '';
  const problem = make(doc, 'span', { className: 'error' });
  problem.setAttribute('role', 'alert');
  const form = make(
    doc,
    'form',
    { className: 'form' },
    make(doc, 'strong', { id: 'cf' }, t('confirmHeading')),
  );
  form.setAttribute('aria-labelledby', 'cf');
  form.append(t('confirmHint'));
  const field = <T extends HTMLInputElement | HTMLSelectElement>(key: string, control: T, value: string) => {
    form.append(make(doc, 'label', {}, t(key), control));
    control.value = value;
    return control;
  };
  const input = (type: string) => make(doc, 'input', { type });
  const option = (value: string, text = value) => make(doc, 'option', { value }, text);
  const title = field('confirmTitle', input('text'), draft.title ?? '');
  const date = field('confirmDate', input('date'), start.slice(0, 10));
  const from = field('confirmStart', input('time'), start.slice(11, 16));
  const to = field('confirmEnd', input('time'), draft.end?.slice(11, 16) ?? '');
  // The calendar's zone, for most people the browser's, when the page named none.
  const zone = field(
    'confirmTimeZone',
    input('text'),
    draft.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone,
  );
  zone.setAttribute('list', 'cz');
  const rule = draft.recurrence?.rule;
  const repeat = field(
    'confirmRepeat',
    make(
      doc,
      'select',
      {},
      option('', t('confirmNoRepeat')),
      ...(rule ? [option(rule, rule.replace(/^RRULE:/, ''))] : []),
    ),
    rule ?? '',
  );
  const ok = make(doc, 'button', { type: 'button', className: 'primary' }, confirmLabel);
  const cancel = make(doc, 'button', { type: 'button' }, t('confirmCancel'));
  form.append(
    make(doc, 'datalist', { id: 'cz' }, ...Intl.supportedValuesOf('timeZone').map((z) => option(z))),
    problem,
    make(doc, 'div', { className: 'row' }, ok, cancel),
  );

  const event = (): PageEvent | void => {
    const day = date.value;
    const [y, m, d] = day.split('-').map(Number) as number[];
    const at = (days: number) => new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
    // An end before the start is on the next day (a meeting across midnight).
    const bad =
      (!/^\d{4}-\d\d-\d\d$/.test(day) || at(0) !== day ? date : null) ??
      (TIME.test(from.value) ? null : from) ??
      (TIME.test(to.value) && to.value !== from.value ? null : to) ??
      (isTimeZone(zone.value) ? null : zone);
    for (const f of [date, from, to, zone]) f.setAttribute('aria-invalid', String(f === bad));
    if (bad) {
      problem.textContent = t('confirmCheckField', bad.parentElement!.firstChild!.textContent!);
      return bad.focus();
    }
    return {
      site: draft.site,
      ...(draft.id && { id: draft.id }),
      title: title.value,
      start: `${day}T${from.value}:00`,
      end: `${at(to.value < from.value ? 1 : 0)}T${to.value}:00`,
      timeZone: zone.value,
      allDay: false,
      guests: draft.guests,
      description: draft.description,
      location: draft.location,
      ...(repeat.value && { recurrence: { rule: repeat.value } }),
    };
  };
  const confirm = () => {
    const made = event();
    if (made) onConfirm(made);
  };
  ok.addEventListener('click', (e) => e.isTrusted && confirm());
  cancel.addEventListener('click', (e) => e.isTrusted && onCancel());
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('keydown', (e) => {
    if (!e.isTrusted) return;
    if (e.key === 'Escape') onCancel();
    else if (e.key === 'Enter' && (e.target as Element).tagName === 'INPUT') {
      e.preventDefault();
      confirm();
    }
  });
  const first: Record<string, HTMLInputElement> = {
    title,
    start: start ? from : date,
    end: to,
    timeZone: zone,
  };
  return [form, missing.map((f) => first[f]).find(Boolean) ?? title];
}
