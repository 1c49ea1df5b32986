import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { CopyButton } from './copy-button';

/**
 * Shows an invitation and copies it at once: these windows open from a menu click to do exactly
 * that (the manifest's clipboardWrite lets an extension page copy without a fresh click). If the
 * browser still refuses, the Copy button is one click away.
 */
export function InvitationResult({ text }: { text: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    navigator.clipboard.writeText(text).then(
      () => live && setCopied(true),
      () => live && setCopied(false),
    );
    return () => {
      live = false;
    };
  }, [text]);
  return (
    <>
      <p role="status" data-testid="copy-status">
        {copied === null ? t('statusCopying') : copied ? t('invitationCopied') : t('invitationCopyByHand')}
      </p>
      <pre className="invitation" data-testid="invitation">
        {text}
      </pre>
      <div className="actions">
        <CopyButton text={text} label={t('actionCopyInvitation')} />
        <button type="button" onClick={() => window.close()}>
          {t('actionClose')}
        </button>
      </div>
    </>
  );
}
