import { useState } from 'react';
import type { SessionEndpoints } from '@/lib/auth/session';
import { t } from '@/lib/i18n';
import type { MessageName } from '@/lib/messaging';
import { type AccountSection, ProviderAccount } from './provider-account';
import { ServerForm, type ServerFormSpec, type ServerView } from './server-form';
import type { RequestState } from './use-request';

/** A section heading: its id (what the section is labelled by) and its text's i18n key. */
export interface Heading {
  id: string;
  text: string;
}

/** One provider on the options page: its account section and its server section. */
export interface ProviderOptionsSpec<
  S extends MessageName,
  A extends MessageName,
  U extends { displayName: string; email: string },
  E extends SessionEndpoints,
  V extends ServerView<E>,
> {
  account: { heading: Heading; section: AccountSection<S, A, U> };
  server: { heading: Heading; form: ServerFormSpec<E, V> };
}

/** Infers a spec's types from its literal. */
export const defineProviderOptions = <
  S extends MessageName,
  A extends MessageName,
  U extends { displayName: string; email: string },
  E extends SessionEndpoints,
  V extends ServerView<E>,
>(
  spec: ProviderOptionsSpec<S, A, U, E, V>,
) => spec;

/** The account and the server of one provider; `settings` is its server settings as loaded. */
export function ProviderOptions<
  S extends MessageName,
  A extends MessageName,
  U extends { displayName: string; email: string },
  E extends SessionEndpoints,
  V extends ServerView<E>,
>({ provider, settings }: { provider: ProviderOptionsSpec<S, A, U, E, V>; settings: RequestState<V> }) {
  const [accountRevision, setAccountRevision] = useState(0);
  const { account, server } = provider;
  return (
    <>
      <section aria-labelledby={account.heading.id}>
        <h2 id={account.heading.id}>{t(account.heading.text)}</h2>
        <ProviderAccount key={accountRevision} section={account.section} />
      </section>
      <section aria-labelledby={server.heading.id}>
        <h2 id={server.heading.id}>{t(server.heading.text)}</h2>
        {settings.state === 'loading' && <p role="status">{t('statusLoading')}</p>}
        {settings.state === 'error' && <p role="alert">{settings.message}</p>}
        {settings.state === 'ready' && (
          // Saving other servers ends the session (tokens only go where they came from): re-read the account.
          <ServerForm
            spec={server.form}
            view={settings.data}
            labelledBy={server.heading.id}
            onSaved={() => setAccountRevision((r) => r + 1)}
          />
        )}
      </section>
    </>
  );
}
