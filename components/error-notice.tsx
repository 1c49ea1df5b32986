import { browser } from 'wxt/browser';
import { LEGACY_PROVIDER } from '@/lib/brands/brands';
import { t } from '@/lib/i18n';
import type { Provider } from '@/lib/protocol/popup';

export interface ViewErrorInfo {
  code?: string | undefined;
  message: string;
}

/** Whose error: one provider's, or a list's that every connected account (or none) feeds. */
export type NoticeScope = Provider | 'every';

/**
 * The background's codes that have a "what to do" sentence of their own (lib/popup/view-errors.ts),
 * in the words of the service the error came from; a provider without sentences of its own shows the
 * background's message.
 */
const ADVICE: Partial<Record<NoticeScope, Record<string, string>>> = {
  zoom: {
    'signed-out': 'errorSignedOut',
    unauthorized: 'errorSignedOut',
    'meeting-gone': 'errorMeetingGone',
    'no-live-streaming': 'errorNoLiveStreaming',
    'summaries-disabled': 'errorSummariesDisabled',
  },
  webex: {
    'signed-out': 'errorWebexSignedOut',
    unauthorized: 'errorWebexSignedOut',
    'meeting-gone': 'errorWebexMeetingGone',
  },
  every: { 'signed-out': 'errorUpcomingSignedOut', unauthorized: 'errorUpcomingSignedOut' },
};

/** An error that says what to do next: sign in, refresh, or the service's own sentence with a retry. */
export function ErrorNotice({
  error,
  onRetry,
  scope = LEGACY_PROVIDER,
}: {
  error: ViewErrorInfo;
  onRetry?: (() => void) | undefined;
  scope?: NoticeScope;
}) {
  const advice = error.code ? ADVICE[scope]?.[error.code] : undefined;
  const signIn = error.code === 'signed-out' || error.code === 'unauthorized';
  return (
    <div className="notice" role="alert" data-testid="error-notice" data-code={error.code} data-scope={scope}>
      <p>{advice ? t(advice) : error.message}</p>
      {signIn ? (
        <button type="button" className="primary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('actionSignIn')}
        </button>
      ) : (
        onRetry && (
          <button type="button" onClick={onRetry}>
            {t('actionRetry')}
          </button>
        )
      )}
    </div>
  );
}
