import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorBoundary } from './ErrorBoundary';

/** A screen that failed to render: says so, with the way back to the start and the header still there. */
function ScreenFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <section role="alert" aria-live="assertive">
      <h1>{t('app:screenFailed.heading')}</h1>
      <p>{t('app:screenFailed.detail', { detail: error instanceof Error ? error.message : String(error) })}</p>
      <p>
        <Link to="/">{t('app:screenFailed.home')}</Link>
      </p>
    </section>
  );
}

/** Keeps one screen's failure to that screen: another screen (a navigation) renders afresh. */
export function ScreenBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <ErrorBoundary resetKey={location.pathname} fallback={(error) => <ScreenFailure error={error} />}>
      {children}
    </ErrorBoundary>
  );
}
