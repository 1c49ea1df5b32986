import { useEffect, useState } from 'react';
import { GuestPanel } from '@/components/registration/guest-panel';
import { type Redemption, redeemPostedTicket } from '@/components/registration/panel-ticket';
import { t } from '@/lib/i18n';

// Listening starts as the module loads, before the frame's load event on which the content script
// posts the ticket; one redemption for the page, however often React mounts the app.
const redemption = redeemPostedTicket(window, t('panelBadParams'));

/** `panel.html`, shown in an iframe inside the calendar page; its URL carries nothing it trusts. */
export function App({ ticket = redemption }: { ticket?: Promise<Redemption> }) {
  const [result, setResult] = useState<Redemption>();
  useEffect(() => {
    let live = true;
    void ticket.then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [ticket]);
  return (
    <main className="panel">
      <h1>{t('panelTitle')}</h1>
      {result?.ok && <p className="panel-topic">{result.view.topic}</p>}
      {!result ? (
        <p role="status">{t('statusLoading')}</p>
      ) : result.ok ? (
        <GuestPanel {...result.view} />
      ) : (
        <p role="alert">{result.message}</p>
      )}
    </main>
  );
}
