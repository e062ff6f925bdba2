import { HashRouter, Route, Routes } from 'react-router';
import { AppHeader, MAIN_CONTENT_ID } from './components/AppHeader';
import { NoticeBanner } from './components/NoticeBanner';
import { ScreenBoundary } from './components/ScreenBoundary';
import { BinderScreen } from './screens/BinderScreen';
import { BriefBuilderScreen } from './screens/BriefBuilderScreen';
import { CountryListScreen } from './screens/CountryListScreen';
import { CountryScreen } from './screens/CountryScreen';
import { NotesScreen } from './screens/NotesScreen';

export function App() {
  return (
    <HashRouter>
      <AppHeader />
      <NoticeBanner />
      <main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <ScreenBoundary>
          <Routes>
            <Route path="/" element={<CountryListScreen />} />
            <Route path="/country/:code" element={<CountryScreen />} />
            <Route path="/country/:code/brief" element={<BriefBuilderScreen />} />
            <Route path="/binder" element={<BinderScreen />} />
            <Route path="/notes" element={<NotesScreen />} />
          </Routes>
        </ScreenBoundary>
      </main>
    </HashRouter>
  );
}
