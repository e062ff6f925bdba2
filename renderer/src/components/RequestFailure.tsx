import { useTranslation } from 'react-i18next';
import { RequestError } from '../api';

/**
 * Shows a failed request's localized message. An import's problem (`problem`, `field`) is said in the
 * officer's language instead of the validator's English `detail`.
 */
export function RequestFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof RequestError)) {
    return <p role="alert">{t('errors:internal', { detail: error instanceof Error ? error.message : String(error) })}</p>;
  }
  const { problem } = error.params;
  const detail = typeof problem === 'string' ? t(`problems:${problem}`, { field: error.params.field }) : error.params.detail;
  return <p role="alert">{t(`errors:${error.code}`, { ...error.params, detail })}</p>;
}
