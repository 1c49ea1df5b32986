import { CalendarPageCheck } from '@/components/calendar-page-check';
import { DefaultProviderChoice } from '@/components/default-provider-choice';
import { MeetingDefaultsSection } from '@/components/meeting-defaults-form';
import { ProviderOptions } from '@/components/provider-options';
import { useRequest } from '@/components/use-request';
import { webexOptions } from '@/components/webex-options';
import { zoomOptions } from '@/components/zoom-options';
import { t } from '@/lib/i18n';
import './options.css';

export function App() {
  const zoomSettings = useRequest('settings.getZoom', {});
  const webexSettings = useRequest('settings.getWebex', {});
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <ProviderOptions provider={zoomOptions} settings={zoomSettings} />
      <ProviderOptions provider={webexOptions} settings={webexSettings} />
      <section aria-labelledby="provider-heading">
        <h2 id="provider-heading">{t('defaultProviderHeading')}</h2>
        {webexSettings.state === 'ready' && <DefaultProviderChoice view={webexSettings.data} />}
      </section>
      <section aria-labelledby="defaults-heading">
        <h2 id="defaults-heading">{t('defaultsHeading')}</h2>
        <MeetingDefaultsSection />
      </section>
      <section aria-labelledby="check-heading">
        <h2 id="check-heading">{t('checkPageHeading')}</h2>
        <CalendarPageCheck />
      </section>
    </main>
  );
}
