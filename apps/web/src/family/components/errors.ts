import { isApiError } from '../../api/client.ts';
import type { FamilyT } from '../../i18n/address.ts';

/**
 * A message in the person's language. The server's messages are German and meant for forms of the
 * staff cockpit; here only German readers get them, everyone else a message by status.
 */
export function familyErrorMessage(t: FamilyT, error: unknown, lang: string): string {
  if (isApiError(error, 0)) return t('errors.network');
  if (isApiError(error, 429)) return t('errors.tooMany');
  if (isApiError(error) && error.status < 500 && lang === 'de' && error.message) return error.message;
  return t('errors.generic');
}
