import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { ViewErrorInfo } from './error-notice';

type Loaded = { ok: true; text: string } | { ok: false; error: ViewErrorInfo };

/** Copies text that is fetched on click (an invitation), saying "Copying…" then "Copied". */
export function AsyncCopyButton({
  label,
  load,
  onError,
}: {
  label: string;
  load: () => Promise<Loaded>;
  onError: (error: ViewErrorInfo | null) => void;
}) {
  const [state, setState] = useState<'idle' | 'busy' | 'copied'>('idle');
  async function copy() {
    setState('busy');
    onError(null);
    const loaded = await load();
    if (!loaded.ok) {
      setState('idle');
      return onError(loaded.error);
    }
    try {
      await navigator.clipboard.writeText(loaded.text);
      setState('copied');
      setTimeout(() => setState('idle'), 2000);
    } catch {
      setState('idle');
      onError({ message: t('errorClipboard') });
    }
  }
  return (
    <button type="button" aria-busy={state === 'busy'} onClick={() => void copy()}>
      {state === 'copied' ? t('actionCopied') : state === 'busy' ? t('statusCopying') : label}
    </button>
  );
}
