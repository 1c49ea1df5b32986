import { Fragment, useState } from 'react';
import { t } from '@/lib/i18n';
import { type MessageName, type RequestOf, type ResponseOf, sendMessage } from '@/lib/messaging';
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
  status: Ask<S>;
  signIn: Ask<A>;
  signOut: Ask<A>;
  /** This provider's status in the background's reply (to `status`, `signIn` or `signOut`). */
  read(reply: ResponseOf<S> | ResponseOf<A>): AccountStatus<U>;
  /** Rows after name and e-mail: the label's i18n key, and the text. */
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
    if (answer.ok) setOverride({ revision, reply: answer.data });
    else {
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
        <p role="status" data-testid={section.testIds.status}>
          {t(section.text.noClientId)}
        </p>
        <p className="hint">{t(section.text.noClientIdHow)}</p>
      </div>
    );
  }
  const blocked = !status.connected && readiness === 'unsaved';
  return (
    <div className="account">
      {status.connected ? (
        <dl data-testid={section.testIds.user}>
          <dt>{t('accountName')}</dt>
          <dd>{status.user.displayName}</dd>
          <dt>{t('accountEmail')}</dt>
          <dd>{status.user.email}</dd>
          {section.details?.(status.user).map(([label, text]) => (
            <Fragment key={label}>
              <dt>{t(label)}</dt>
              <dd>{text}</dd>
            </Fragment>
          ))}
        </dl>
      ) : (
        <p role="status" data-testid={section.testIds.status}>
          {status.reason ?? t(section.text.notConnected)}
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      {blocked && <p className="hint">{t('accountServerUnsaved')}</p>}
      <button
        type="button"
        className={status.connected ? '' : 'primary'}
        disabled={busy || blocked}
        aria-busy={busy}
        onClick={() => void run(status.connected ? section.signOut : section.signIn)}
      >
        {busy ? t('statusWorking') : status.connected ? t('actionDisconnect') : t(section.text.connect)}
      </button>
    </div>
  );
}
