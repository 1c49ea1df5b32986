import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

export interface ViewErrorInfo {
  code?: string | undefined;
  message: string;
}

/** The background's codes that have a "what to do" sentence of their own (lib/popup/view-errors.ts). */
const ADVICE: Record<string, string> = {
  'signed-out': 'errorSignedOut',
  unauthorized: 'errorSignedOut',
  'meeting-gone': 'errorMeetingGone',
  'no-live-streaming': 'errorNoLiveStreaming',
  'summaries-disabled': 'errorSummariesDisabled',
};

/** An error that says what to do next: sign in, refresh, or Zoom's own sentence with a retry. */
export function ErrorNotice({ error, onRetry }: { error: ViewErrorInfo; onRetry?: () => void }) {
  const advice = error.code ? ADVICE[error.code] : undefined;
  const signIn = advice === 'errorSignedOut';
  return (
    <div className="notice" role="alert" data-testid="error-notice" data-code={error.code}>
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
