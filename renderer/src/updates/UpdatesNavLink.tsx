import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUpdatesCount } from './updates-count';
import './UpdatesNavLink.css';

/** The header's way to the Updates list, with a count badge while updates wait for a decision. */
export function UpdatesNavLink() {
  const { t } = useTranslation();
  const { count } = useUpdatesCount();
  if (count === 0) {
    return <Link to="/updates">{t('updates:nav')}</Link>;
  }
  return (
    <Link to="/updates" className="updates-nav-link" aria-label={t('updates:navWithCount', { count })}>
      {t('updates:nav')}
      <span className="updates-nav-link__badge" aria-hidden="true">
        {count}
      </span>
    </Link>
  );
}
