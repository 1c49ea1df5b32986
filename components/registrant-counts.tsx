import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { LEGACY_PROVIDER } from '@/lib/brands/brands';
import { extensionPageUrl, pageExists } from '@/lib/extension-pages';
import { t } from '@/lib/i18n';
import type { RequestOf } from '@/lib/messaging';
import { ErrorNotice } from './error-notice';
import { useRequest } from './use-request';

/** registrants.html comes with issue 7; in a build without it, the popup shows the counts only. */
function useRegistrantsPage(): boolean {
  const [exists, setExists] = useState(false);
  useEffect(() => {
    let live = true;
    void pageExists('registrants.html').then((found) => live && setExists(found));
    return () => {
      live = false;
    };
  }, []);
  return exists;
}

/** How many are registered and waiting, and the registrants page (`page`: the event's own address). */
export function RegistrantCounts({ event, page }: { event: RequestOf<'registrants.counts'>; page: string }) {
  const counts = useRequest('registrants.counts', event);
  const pageBuilt = useRegistrantsPage();
  if (counts.state === 'loading') return <p role="status">{t('statusLoading')}</p>;
  if (counts.state === 'error')
    return <ErrorNotice scope={event.provider ?? LEGACY_PROVIDER} error={counts} />;
  if (!counts.data.enabled) return <p data-testid="registrant-counts">{t('registrationOff')}</p>;
  return (
    <p data-testid="registrant-counts">
      {t('registrantCounts', [String(counts.data.approved), String(counts.data.pending)])}{' '}
      {pageBuilt && (
        <button type="button" onClick={() => void browser.tabs.create({ url: extensionPageUrl(page) })}>
          {t('actionManageRegistrants')}
        </button>
      )}
    </p>
  );
}
