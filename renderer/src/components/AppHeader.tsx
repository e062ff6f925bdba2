import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SearchBox } from '../search/SearchBox';
import { LanguageSwitch } from './LanguageSwitch';
import './AppHeader.css';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <Link to="/" className="app-header__title">
        {t('appName')}
      </Link>
      <nav aria-label={t('nav.label')}>
        <Link to="/">{t('nav.countries')}</Link>
        <Link to="/notes">{t('notes:nav')}</Link>
        <Link to="/binder">{t('briefs:binder.nav')}</Link>
      </nav>
      <SearchBox />
      <LanguageSwitch />
    </header>
  );
}
