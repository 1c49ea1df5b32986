import type { TargetItem } from '../protocol/registration';
import type { EventInfo, EventRef } from './registration-provider';

interface Upcoming extends EventRef {
  topic: string;
  startTime?: string | undefined;
}

/** The list rows lack the registration setting, so each event is read; a few at a time. */
const CONCURRENCY = 4;
/** The page lists the soonest; more than this is a page nobody scrolls, and 2 s of reads. */
export const MAX_TARGETS = 40;

/**
 * The upcoming meetings and webinars that take registrations, soonest first. An event that cannot
 * be read (deleted meanwhile) is left out rather than failing the whole list.
 */
export async function registrationTargets(
  upcoming: readonly Upcoming[],
  read: (ref: EventRef) => Promise<EventInfo>,
): Promise<Omit<TargetItem, 'provider'>[]> {
  const rows = upcoming.slice(0, MAX_TARGETS);
  const infos: (EventInfo | undefined)[] = new Array(rows.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < rows.length; i = next++) {
      const { kind, id } = rows[i]!;
      infos[i] = await read({ kind, id }).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, rows.length) }, worker));
  const items: Omit<TargetItem, 'provider'>[] = [];
  rows.forEach((row, i) => {
    const info = infos[i];
    if (!info || info.registration === 'none') return;
    items.push({
      kind: row.kind,
      id: row.id,
      topic: row.topic,
      registration: info.registration,
      ...(row.startTime ? { startTime: row.startTime } : {}),
    });
  });
  return items;
}
