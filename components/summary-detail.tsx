import { useEffect, useMemo, useRef } from 'react';
import { t } from '@/lib/i18n';
import { parseMarkdown } from '@/lib/markdown/parse';
import { blocksToText } from '@/lib/markdown/plain-text';
import type { Summary } from '@/lib/providers/zoom/schemas';
import { CopyButton } from './copy-button';
import { ErrorNotice } from './error-notice';
import { formatWhen } from './format';
import { Markdown } from './markdown';
import { useRequest } from './use-request';

/** Everything a summary says, as plain text for the clipboard. */
function summaryText(summary: Summary, contentText: string): string {
  const overview = summary.edited_summary?.summary_overview ?? summary.summary_overview;
  const steps = summary.edited_summary?.next_steps ?? summary.next_steps ?? [];
  const details = (summary.summary_details ?? []).map((d) => [d.label, d.summary].filter(Boolean).join(': '));
  return [
    summary.summary_title ?? summary.meeting_topic ?? '',
    overview ?? '',
    details.join('\n'),
    contentText,
    steps.length ? `${t('summaryNextSteps')}\n${steps.map((s) => `- ${s}`).join('\n')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function SummaryDetail({ uuid, onBack }: { uuid: string; onBack: () => void }) {
  const loaded = useRequest('summaries.get', { uuid });
  const summary = loaded.state === 'ready' ? loaded.data : null;
  const blocks = useMemo(() => parseMarkdown(summary?.summary_content ?? ''), [summary]);
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard users land on the summary they opened, not at the top of the popup.
  useEffect(() => heading.current?.focus(), [summary]);

  const back = (
    <button type="button" onClick={onBack}>
      {t('actionBack')}
    </button>
  );
  if (loaded.state === 'loading') return <p role="status">{t('statusLoading')}</p>;
  if (loaded.state === 'error')
    return (
      <div>
        {back}
        <ErrorNotice error={loaded} />
      </div>
    );
  const s = loaded.data;
  const overview = s.edited_summary?.summary_overview ?? s.summary_overview;
  const steps = s.edited_summary?.next_steps ?? s.next_steps ?? [];
  return (
    <article className="summary" data-testid="summary">
      {back}
      <h2 ref={heading} tabIndex={-1}>
        {s.summary_title ?? s.meeting_topic ?? t('summaryUntitled')}
      </h2>
      <p className="meta">{formatWhen(s.meeting_start_time)}</p>
      {overview && (
        <>
          <h3>{t('summaryOverview')}</h3>
          <p>{overview}</p>
        </>
      )}
      {s.summary_details?.length ? (
        <>
          <h3>{t('summaryDetails')}</h3>
          <dl>
            {s.summary_details.map((d, i) => (
              <div key={i}>
                {d.label && <dt>{d.label}</dt>}
                <dd>{d.summary}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {blocks.length > 0 && <Markdown blocks={blocks} headingBase={3} />}
      {steps.length > 0 && (
        <>
          <h3>{t('summaryNextSteps')}</h3>
          <ul>
            {steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ul>
        </>
      )}
      <CopyButton text={summaryText(s, blocksToText(blocks))} label={t('actionCopyAsText')} />
    </article>
  );
}
