import { Trans } from 'react-i18next';
import { InBothLanguages } from './InBothLanguages';
import './HostStoppedNotice.css';

/** What a visit without the host's token (a bookmark in another browser, an old link) sees: how to open the app. */
export function OpenFromLinkPage() {
  return (
    <main className="open-from-link">
      <InBothLanguages namespace="connection">
        {(t) => (
          <>
            <h1>{t('openFromLink.heading')}</h1>
            <p>{t('openFromLink.why')}</p>
            <p>
              <Trans t={t} i18nKey="openFromLink.how" components={{ code: <code /> }} />
            </p>
          </>
        )}
      </InBothLanguages>
    </main>
  );
}
