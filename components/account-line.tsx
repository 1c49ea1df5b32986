import { t } from '@/lib/i18n';
import type { Provider } from '@/lib/protocol/popup';
import { PROVIDER_NAMES } from '@/lib/brands/names';
import { ProviderLogo } from '@/components/logos/provider-logo';

/** "Signed in to Zoom as Ada Lovelace (ada@example.org)": one sentence for every provider. */
export const signedInSentence = (provider: Provider, user: { displayName: string; email: string }) =>
  t('accountSignedInAs', [PROVIDER_NAMES[provider], user.displayName, user.email]);

/** The account sentence with the provider's mark, as the popup and the options page show it. */
export function AccountLine({
  provider,
  user,
  testId,
}: {
  provider: Provider;
  user: { displayName: string; email: string };
  testId: string;
}) {
  return (
    <p role="status" className="account-line" data-testid={testId}>
      <ProviderLogo provider={provider} />
      <span>{signedInSentence(provider, user)}</span>
    </p>
  );
}
