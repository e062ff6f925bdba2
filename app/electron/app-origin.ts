/**
 * The app's own origin: the renderer is served from `app://country-desk/`, never from a dev server
 * or a remote address. No Electron imports: the rules below are plain URL checks.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'country-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` is a page of the app itself (scheme and host both match). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}
