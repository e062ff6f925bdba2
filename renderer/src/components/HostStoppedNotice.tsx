import { Trans } from 'react-i18next';
import { InBothLanguages } from './InBothLanguages';
import './HostStoppedNotice.css';

/** Says, in both languages, that the browser host has stopped and how to start it; the page retries by itself. */
export function HostStoppedNotice() {
  return (
    <section role="alert" className="host-stopped" aria-labelledby="host-stopped-label">
      <InBothLanguages namespace="connection">
        {(t, language) => (
          <>
            <h2 id={language === 'vi' ? 'host-stopped-label' : undefined}>{t('stopped.label')}</h2>
            <p>
              <Trans t={t} i18nKey="stopped.message" components={{ code: <code /> }} />
            </p>
            <p>{t('stopped.retrying')}</p>
          </>
        )}
      </InBothLanguages>
    </section>
  );
}
