import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PaletteHost } from '../palette/PaletteHost';
import { SearchBox } from '../search/SearchBox';
import { ThemeSwitch } from '../theme/ThemeSwitch';
import { UpdatesNavLink } from '../updates/UpdatesNavLink';
import { LanguageSwitch } from './LanguageSwitch';
import { SkipLink } from './SkipLink';
import './AppHeader.css';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * The header on every screen: the way to the main content, the app's name, the screens, search, theme and
 * language. Where it is narrow (a small window, a zoomed page) all but the name fold into a menu.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [shownAt, setShownAt] = useState(location);
  if (shownAt !== location) {
    setShownAt(location);
    setMenuOpen(false);
  }
  return (
    <header className="app-header" data-menu-open={menuOpen}>
      <SkipLink target={MAIN_CONTENT_ID} />
      <Link to="/" className="app-header__title">
        {t('appName')}
      </Link>
      <button
        type="button"
        className="app-header__menu-button"
        aria-expanded={menuOpen}
        aria-controls="app-header-menu"
        onClick={() => setMenuOpen((open) => !open)}
      >
        {t('header.menu')}
      </button>
      <div id="app-header-menu" className="app-header__menu">
        <nav aria-label={t('nav.label')}>
          <Link to="/">{t('nav.countries')}</Link>
          <Link to="/notes">{t('notes:nav')}</Link>
          <Link to="/binder">{t('briefs:binder.nav')}</Link>
          <UpdatesNavLink />
          <Link to="/data">{t('updates:data.nav')}</Link>
          <Link to="/settings">{t('records:settings.nav')}</Link>
        </nav>
        <SearchBox />
        <ThemeSwitch />
        <LanguageSwitch />
      </div>
      <PaletteHost />
    </header>
  );
}
