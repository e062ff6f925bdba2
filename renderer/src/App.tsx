import { HashRouter, Route, Routes } from 'react-router';
import { AppHeader } from './components/AppHeader';
import { NoticeBanner } from './components/NoticeBanner';
import { CountryListScreen } from './screens/CountryListScreen';
import { CountryScreen } from './screens/CountryScreen';

export function App() {
  return (
    <HashRouter>
      <AppHeader />
      <NoticeBanner />
      <main>
        <Routes>
          <Route path="/" element={<CountryListScreen />} />
          <Route path="/country/:code" element={<CountryScreen />} />
        </Routes>
      </main>
    </HashRouter>
  );
}
