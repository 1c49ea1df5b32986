import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { SummaryList } from '@/lib/providers/zoom/schemas';
import { ErrorNotice, type ViewErrorInfo } from './error-notice';
import { dayBound, formatWhen, localDay } from './format';
import { SummaryDetail } from './summary-detail';

type Row = SummaryList['summaries'][number];
const DAY = 86_400_000;

/** AI Companion summaries created between two days (the last 30 by default), a page at a time. */
export function SummariesView({ now = () => new Date() }: { now?: () => Date }) {
  const [range, setRange] = useState(() => ({
    from: localDay(new Date(now().getTime() - 30 * DAY)),
    to: localDay(now()),
  }));
  // Each request (a range, or the next page of it) is a state; the effect sends it.
  const [request, setRequest] = useState<{ seq: number; from: string; to: string; token?: string }>(() => ({
    seq: 0,
    ...range,
  }));
  const [result, setResult] = useState<{ seq: number; rows: Row[]; next?: string; error?: ViewErrorInfo }>();
  const [open, setOpen] = useState<Row | null>(null);
  const busy = result?.seq !== request.seq;

  useEffect(() => {
    let live = true;
    void sendMessage('summaries.list', {
      from: dayBound(request.from, false),
      to: dayBound(request.to, true),
      ...(request.token ? { nextPageToken: request.token } : {}),
    }).then((reply) => {
      if (!live) return;
      setResult((previous) => {
        const kept = request.token && previous ? previous.rows : [];
        if (!reply.ok) return { seq: request.seq, rows: kept, error: reply.error };
        const rows = [...kept, ...reply.data.summaries];
        return {
          seq: request.seq,
          rows,
          ...(reply.data.next_page_token ? { next: reply.data.next_page_token } : {}),
        };
      });
    });
    return () => {
      live = false;
    };
  }, [request]);

  // "More" continues the range that was shown, even if the date fields were edited since.
  const load = (token?: string) =>
    setRequest((r) => (token ? { ...r, seq: r.seq + 1, token } : { seq: r.seq + 1, ...range }));
  const rows = result && (result.rows.length > 0 || !result.error) ? result.rows : null;
  const error = !busy ? (result?.error ?? null) : null;
  const next = !busy ? result?.next : undefined;

  if (open) return <SummaryDetail uuid={open.meeting_uuid} onBack={() => setOpen(null)} />;
  return (
    <section aria-labelledby="summaries-heading" aria-busy={busy}>
      <h2 id="summaries-heading">{t('summariesHeading')}</h2>
      <form
        className="range"
        onSubmit={(e) => {
          e.preventDefault();
          load();
        }}
      >
        <label>
          {t('summariesFrom')}
          <input
            type="date"
            value={range.from}
            max={range.to}
            onChange={(e) => setRange({ ...range, from: e.target.value })}
          />
        </label>
        <label>
          {t('summariesTo')}
          <input
            type="date"
            value={range.to}
            min={range.from}
            onChange={(e) => setRange({ ...range, to: e.target.value })}
          />
        </label>
        <button type="submit" disabled={busy || !range.from || !range.to}>
          {t('actionShow')}
        </button>
      </form>
      {error && <ErrorNotice error={error} onRetry={() => load()} />}
      {rows === null && !error && <p role="status">{t('statusLoading')}</p>}
      {rows?.length === 0 && <p data-testid="summaries-empty">{t('summariesEmpty')}</p>}
      {rows && rows.length > 0 && (
        <ul className="summaries" data-testid="summaries-list">
          {rows.map((row) => (
            <li key={row.meeting_uuid}>
              <button type="button" className="link" onClick={() => setOpen(row)}>
                {row.meeting_topic || t('summaryUntitled')}
              </button>
              <span className="meta"> {formatWhen(row.meeting_start_time)}</span>
            </li>
          ))}
        </ul>
      )}
      {next && (
        <button type="button" disabled={busy} onClick={() => load(next)}>
          {t('actionMore')}
        </button>
      )}
    </section>
  );
}
