import { Fragment, useState } from 'react';
import { t } from '@/lib/i18n';
import { type MessageName, type RequestOf, type ResponseOf, sendMessage } from '@/lib/messaging';
import { keepSnapshot } from '@/lib/popup/first-screen-snapshot';
import type { Provider } from '@/lib/protocol/popup';
import { AccountLine } from './account-line';
import { ProviderLogo } from '@/components/logos/provider-logo';
import { useRequest } from './use-request';

/** A protocol message with its payload, kept together so that the pair stays type-checked. */
export interface Ask<N extends MessageName> {
  name: N;
  payload: RequestOf<N>;
}

type AccountStatus<U> = { connected: true; user: U } | { connected: false; reason?: string };
type AccountUser = { displayName: string; email: string };

/** What one provider's account section asks and says; the section is the same for every provider. */
export interface AccountSection<S extends MessageName, A extends MessageName, U extends AccountUser> {
  /** Whose account: its name and mark in the account sentence and on the sign-in button. */
  provider: Provider;
  status: Ask<S>;
  signIn: Ask<A>;
  signOut: Ask<A>;
  /** This provider's status in the background's reply (to `status`, `signIn` or `signOut`). */
  read(reply: ResponseOf<S> | ResponseOf<A>): AccountStatus<U>;
  /** Rows after the account sentence: the label's i18n key, and the text. */
  details?(user: U): [label: string, text: string][];
  /** i18n keys; `noClientId`: what is missing, then how to get it (a build with a client id). */
  text: { notConnected: string; connect: string; noClientId: string; noClientIdHow: string };
  /** Stable hooks for the e2e tests. */
  testIds: { user: string; status: string };
}

/** Infers a section's message names from its literal, so `read` gets their reply types. */
export const defineAccountSection = <S extends MessageName, A extends MessageName, U extends AccountUser>(
  section: AccountSection<S, A, U>,
) => section;

/**
 * Whether sign-in can start: `no-client-id` when the saved settings have none (a build made without
 * one), `unsaved` while the server form holds changes not saved yet (sign-in would use the old ones).
 */
export type SignInReadiness = 'ready' | 'no-client-id' | 'unsaved';

/** Who is signed in, with Sign in / Disconnect. Sign-in itself runs in the background. */
export function ProviderAccount<S extends MessageName, A extends MessageName, U extends AccountUser>({
  section,
  readiness = 'ready',
}: {
  section: AccountSection<S, A, U>;
  readiness?: SignInReadiness;
}) {
  const [revision, setRevision] = useState(0);
  const loaded = useRequest(section.status.name, section.status.payload, revision);
  const [override, setOverride] = useState<{ revision: number; reply: ResponseOf<A> }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const reply =
    override?.revision === revision ? override.reply : loaded.state === 'ready' ? loaded.data : null;

  async function run(ask: Ask<A>) {
    setBusy(true);
    setError(undefined);
    const answer = await sendMessage(ask.name, ask.payload);
    setBusy(false);
    if (answer.ok) {
      // Another person, or nobody: the popup's picture of its last open shows nobody's rows now.
      keepSnapshot(null);
      setOverride({ revision, reply: answer.data });
    } else {
      setError(answer.error.message);
      setRevision((r) => r + 1);
    }
  }

  if (loaded.state === 'error') return <p role="alert">{loaded.message}</p>;
  if (!reply) return <p role="status">{t('statusLoading')}</p>;
  const status = section.read(reply);
  if (!status.connected && readiness === 'no-client-id') {
    // Nothing to press: say plainly what is missing and how to get a copy that has it.
    return (
      <div className="account">
        <p role="status" className="account-line" data-testid={section.testIds.status}>
          <ProviderLogo provider={section.provider} />
          <span>{t(section.text.noClientId)}</span>
        </p>
        <p className="hint">{t(section.text.noClientIdHow)}</p>
      </div>
    );
  }
  const blocked = !status.connected && readiness === 'unsaved';
  const details = status.connected ? (section.details?.(status.user) ?? []) : [];
  return (
    <div className="account">
      {status.connected ? (
        <div data-testid={section.testIds.user}>
          <AccountLine
            provider={section.provider}
            user={status.user}
            testId={`${section.testIds.user}-line`}
          />
          {details.length > 0 && (
            <dl>
              {details.map(([label, text]) => (
                <Fragment key={label}>
                  <dt>{t(label)}</dt>
                  <dd>{text}</dd>
                </Fragment>
              ))}
            </dl>
          )}
        </div>
      ) : (
        <p role="status" className="account-line" data-testid={section.testIds.status}>
          <ProviderLogo provider={section.provider} />
          <span>{status.reason ?? t(section.text.notConnected)}</span>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      {blocked && <p className="hint">{t('accountServerUnsaved')}</p>}
      <button
        type="button"
        className={status.connected ? '' : 'primary with-logo'}
        disabled={busy || blocked}
        aria-busy={busy}
        onClick={() => void run(status.connected ? section.signOut : section.signIn)}
      >
        {busy ? (
          t('statusWorking')
        ) : status.connected ? (
          t('actionDisconnect')
        ) : (
          <>
            <ProviderLogo provider={section.provider} />
            {t(section.text.connect)}
          </>
        )}
      </button>
    </div>
  );
}
