import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Route, Routes } from 'react-router';
import { AppHeader, MAIN_CONTENT_ID } from './components/AppHeader';
import { NoticeBanner } from './components/NoticeBanner';
import { ScreenBoundary } from './components/ScreenBoundary';
import { CountriesProvider } from './countries-request';
import { lazyScreen } from './lazy-screen';
import { CountryListScreen } from './screens/CountryListScreen';
import { UpdatesCountProvider } from './updates/updates-count';

// The start screen loads alone; the other screens (and the chart, the Markdown editor and the brief
// builder they hold) are fetched when first opened.
const CountryScreen = lazyScreen(() => import('./screens/CountryScreen').then((module) => module.CountryScreen));
const BriefBuilderScreen = lazyScreen(() => import('./screens/BriefBuilderScreen').then((module) => module.BriefBuilderScreen));
const BinderScreen = lazyScreen(() => import('./screens/BinderScreen').then((module) => module.BinderScreen));
const NotesScreen = lazyScreen(() => import('./screens/NotesScreen').then((module) => module.NotesScreen));
const SettingsScreen = lazyScreen(() => import('./screens/SettingsScreen').then((module) => module.SettingsScreen));
const DataScreen = lazyScreen(() => import('./screens/DataScreen').then((module) => module.DataScreen));
const UpdatesScreen = lazyScreen(() => import('./screens/UpdatesScreen').then((module) => module.UpdatesScreen));

export function App() {
  const { t } = useTranslation();
  return (
    <HashRouter>
      <CountriesProvider>
        <UpdatesCountProvider>
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
                  <Route path="/settings" element={<SettingsScreen />} />
                  <Route path="/data" element={<DataScreen />} />
                  <Route path="/updates" element={<UpdatesScreen />} />
                </Routes>
              </Suspense>
            </ScreenBoundary>
          </main>
        </UpdatesCountProvider>
      </CountriesProvider>
    </HashRouter>
  );
}
