import { useTranslation } from 'react-i18next';
import { RequestError } from '../api';

/** Shows a failed request's localized message. */
export function RequestFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message =
    error instanceof RequestError
      ? t(`errors:${error.code}`, error.params)
      : t('errors:internal', { detail: error instanceof Error ? error.message : String(error) });
  return <p role="alert">{message}</p>;
}
