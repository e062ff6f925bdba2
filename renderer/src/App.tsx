import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Route, Routes } from 'react-router';
import { AppHeader, MAIN_CONTENT_ID } from './components/AppHeader';
import { NoticeBanner } from './components/NoticeBanner';
import { ScreenBoundary } from './components/ScreenBoundary';
import { CountriesProvider } from './countries-request';
import { CountryListScreen } from './screens/CountryListScreen';

// The start screen loads alone; the other screens (and the chart, the Markdown editor and the brief
// builder they hold) are fetched when first opened.
const CountryScreen = lazy(() => import('./screens/CountryScreen').then((module) => ({ default: module.CountryScreen })));
const BriefBuilderScreen = lazy(() => import('./screens/BriefBuilderScreen').then((module) => ({ default: module.BriefBuilderScreen })));
const BinderScreen = lazy(() => import('./screens/BinderScreen').then((module) => ({ default: module.BinderScreen })));
const NotesScreen = lazy(() => import('./screens/NotesScreen').then((module) => ({ default: module.NotesScreen })));

export function App() {
  const { t } = useTranslation();
  return (
    <HashRouter>
      <CountriesProvider>
        <AppHeader />
        <NoticeBanner />
        <main id={MAIN_CONTENT_ID} tabIndex={-1}>
          <ScreenBoundary>
            <Suspense fallback={<p>{t('loading')}</p>}>
              <Routes>
                <Route path="/" element={<CountryListScreen />} />
                <Route path="/country/:code" element={<CountryScreen />} />
                <Route path="/country/:code/brief" element={<BriefBuilderScreen />} />
                <Route path="/binder" element={<BinderScreen />} />
                <Route path="/notes" element={<NotesScreen />} />
              </Routes>
            </Suspense>
          </ScreenBoundary>
        </main>
      </CountriesProvider>
    </HashRouter>
  );
}
