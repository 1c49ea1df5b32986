import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { readPageParams } from '@/components/registration/page-params';
import { RegistrantsPage } from '@/components/registration/registrants-page';
import { t } from '@/lib/i18n';

/** `registrants.html?meeting=<id>|webinar=<id>&job=<id>#people=<list>`: see page-params.ts. */
export function App() {
  // Read once: the page owns its state from then on, and a reload starts again from the URL.
  const [params] = useState(() => readPageParams(location));
  useEffect(() => {
    document.title = t('registrantsPageTitle');
    document.documentElement.lang = browser.i18n.getUILanguage();
  }, []);
  return <RegistrantsPage params={params} />;
}
