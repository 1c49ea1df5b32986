import { useState } from 'react';
import { checkReport } from '@/lib/calendar/content/check-report';
import { siteName } from '@/lib/calendar/sites/registry';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { CheckedPage } from '@/lib/protocol/calendar-check';
import { CopyButton } from './copy-button';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; pages: CheckedPage[] }
  | { kind: 'error'; message: string };

/**
 * "Check a calendar page": how the open calendar tabs' event editors read, field by field (by
 * which hook, or missing), with a copy for a bug report. The pages answer with hook names only.
 */
export function CalendarPageCheck() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  async function check() {
    setState({ kind: 'busy' });
    const reply = await sendMessage('calendar.checkPages', {});
    setState(
      reply.ok ? { kind: 'done', pages: reply.data.pages } : { kind: 'error', message: reply.error.message },
    );
  }
  return (
    <>
      <p>{t('checkPageIntro')}</p>
      <button type="button" aria-busy={state.kind === 'busy'} onClick={() => void check()}>
        {t('checkPageButton')}
      </button>
      {state.kind === 'error' && <p role="alert">{state.message}</p>}
      {state.kind === 'done' && !state.pages.some((p) => p.editors.length) && (
        <p role="status">{t('checkPageNone')}</p>
      )}
      {state.kind === 'done' &&
        state.pages.flatMap((page, i) =>
          page.editors.map((editor, j) => (
            <table key={`${i}-${j}`} className="page-check">
              <caption>{t('checkPageEditor', [siteName(page.site), editor.kind])}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('checkPageField')}</th>
                  <th scope="col">{t('checkPageResult')}</th>
                </tr>
              </thead>
              <tbody>
                {editor.probes.map((probe) => (
                  <tr key={probe.field} data-found={probe.hook !== null}>
                    <th scope="row">{probe.field}</th>
                    <td>
                      {probe.hook === null
                        ? t('checkPageMissing', probe.tried.join(' | '))
                        : t('checkPageFoundBy', probe.hook)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )),
        )}
      {state.kind === 'done' && state.pages.some((p) => p.editors.length) && (
        <CopyButton text={checkReport(state.pages, navigator.userAgent)} label={t('checkPageCopy')} />
      )}
    </>
  );
}
