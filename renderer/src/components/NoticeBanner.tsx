import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useRequest } from '../use-request';
import { RequestFailure } from './RequestFailure';
import './NoticeBanner.css';

/** Tells the officer what happened to their data files (recovered, migrated, read-only). */
export function NoticeBanner() {
  const { t } = useTranslation();
  const [status] = useRequest(() => api.getStatus({}), []);

  if (status.status === 'failed') return <RequestFailure error={status.error} />;
  const notices = status.status === 'done' ? status.value.notices : [];
  if (notices.length === 0) return null;
  return (
    <section role="alert" aria-label={t('notices.label')} className="notice-banner">
      <ul>
        {notices.map((notice) => (
          <li key={`${notice.code}-${notice.file}`}>{t(`notices.${notice.code}`, { ...notice })}</li>
        ))}
      </ul>
    </section>
  );
}
