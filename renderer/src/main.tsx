import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/400-italic.css';
import '@fontsource/noto-sans/700.css';
import './main.css';
import { lazy, StrictMode, Suspense } from 'react';
import { isPrintRoute } from '../../app/shared/briefs/print-route-hash';
import { createRoot, type Root } from 'react-dom/client';
import { api, RequestError } from './api';
import { App } from './App';
import { HostConnectionGate } from './components/HostConnectionGate';
import { RequestFailure } from './components/RequestFailure';
import { onHostBack } from './host-connection';
import { changeLanguage, followSettings, initI18n } from './i18n';
import { startAppTheme } from './theme/app-theme';
import type { ShellBridge } from '../../app/shared/shell-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload: events from the application menu. */
    countryDeskShell?: ShellBridge;
  }
}

await initI18n();
window.countryDeskShell?.onMenuLanguage((language) => void changeLanguage(language));

/** The print route (a brief as it prints) is its own chunk: the app's screens never load it. */
const PrintScreen = lazy(() => import('./screens/PrintScreen').then((module) => ({ default: module.PrintScreen })));

const printing = isPrintRoute(window.location.hash);
if (!printing) startAppTheme();

/**
 * Opens the app in the saved language. When the settings cannot be read, says why instead of a blank
 * page: the host stopped (and the app opens by itself when it is back), the page has no valid token
 * (how to open the app), or the error itself.
 */
async function start(root: Root): Promise<void> {
  try {
    await followSettings((await api.getSettings({})).language);
  } catch (error) {
    root.render(
      <StrictMode>
        <HostConnectionGate>
          <RequestFailure error={error} />
        </HostConnectionGate>
      </StrictMode>,
    );
    if (error instanceof RequestError && error.code === 'host-stopped') {
      let stopWaiting = () => {};
      stopWaiting = onHostBack(() => {
        stopWaiting();
        void start(root);
      });
    }
    return;
  }
  root.render(
    <StrictMode>
      {printing ? (
        <Suspense>
          <PrintScreen />
        </Suspense>
      ) : (
        <HostConnectionGate>
          <App />
        </HostConnectionGate>
      )}
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) await start(createRoot(container));
