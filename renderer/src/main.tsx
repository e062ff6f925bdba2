import './zod-jitless';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/400-italic.css';
import '@fontsource/noto-sans/700.css';
import './main.css';
import { StrictMode } from 'react';
import { isPrintRoute } from '../../app/shared/briefs/brief-print-route';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { App } from './App';
import { changeLanguage, initI18n } from './i18n';
import { PrintScreen } from './screens/PrintScreen';
import { startAppTheme } from './theme/app-theme';
import type { ShellBridge } from '../../app/shared/shell-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload: events from the application menu. */
    countryDeskShell?: ShellBridge;
  }
}

const settings = await api.getSettings({});
await initI18n(settings.language);
window.countryDeskShell?.onMenuLanguage((language) => void changeLanguage(language));

const printing = isPrintRoute(window.location.hash);
if (!printing) startAppTheme();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {printing ? <PrintScreen /> : <App />}
    </StrictMode>,
  );
}
