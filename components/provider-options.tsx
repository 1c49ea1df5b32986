import { useCallback, useState } from 'react';
import type { SessionEndpoints } from '@/lib/auth/session';
import { t } from '@/lib/i18n';
import type { MessageName } from '@/lib/messaging';
import { type AccountSection, ProviderAccount, type SignInReadiness } from './provider-account';
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

/**
 * The account and the server of one provider; `settings` is its server settings as loaded. A person
 * sees "Sign in with …"; the server, client id and redirect URL wait under a collapsed "Advanced".
 */
export function ProviderOptions<
  S extends MessageName,
  A extends MessageName,
  U extends { displayName: string; email: string },
  E extends SessionEndpoints,
  V extends ServerView<E>,
>({ provider, settings }: { provider: ProviderOptionsSpec<S, A, U, E, V>; settings: RequestState<V> }) {
  const [accountRevision, setAccountRevision] = useState(0);
  // What was saved last (the loaded settings until a save): whether a client id is there to sign in with.
  const [savedView, setSavedView] = useState<V>();
  const [unsaved, setUnsaved] = useState(false);
  const onUnsavedChange = useCallback((value: boolean) => setUnsaved(value), []);
  const { account, server } = provider;
  const view = savedView ?? (settings.state === 'ready' ? settings.data : undefined);
  const readiness: SignInReadiness = unsaved
    ? 'unsaved'
    : view && !view.endpoints.clientId
      ? 'no-client-id'
      : 'ready';
  return (
    <section aria-labelledby={account.heading.id}>
      <h2 id={account.heading.id}>{t(account.heading.text)}</h2>
      {/* Until the settings are read it is not known whether a client id is there. */}
      {settings.state === 'loading' ? (
        <p role="status">{t('statusLoading')}</p>
      ) : (
        <ProviderAccount key={accountRevision} section={account.section} readiness={readiness} />
      )}
      <details className="advanced">
        <summary>{t('optionsAdvanced')}</summary>
        <section aria-labelledby={server.heading.id}>
          <h3 id={server.heading.id}>{t(server.heading.text)}</h3>
          {settings.state === 'loading' && <p role="status">{t('statusLoading')}</p>}
          {settings.state === 'error' && <p role="alert">{settings.message}</p>}
          {settings.state === 'ready' && (
            // Saving other servers ends the session (tokens only go where they came from): re-read the account.
            <ServerForm
              spec={server.form}
              view={settings.data}
              labelledBy={server.heading.id}
              onSaved={(saved) => {
                setSavedView(saved);
                setAccountRevision((r) => r + 1);
              }}
              onUnsavedChange={onUnsavedChange}
            />
          )}
        </section>
      </details>
    </section>
  );
}
