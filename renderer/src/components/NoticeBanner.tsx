import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreNotice } from '../../../app/shared/store/store-notice';
import { api } from '../api';
import './NoticeBanner.css';

/** Tells the officer what happened to their data files (recovered, migrated, read-only). */
export function NoticeBanner() {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<StoreNotice[]>([]);

  useEffect(() => {
    void api.getStatus({}).then((status) => setNotices(status.notices));
  }, []);

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
