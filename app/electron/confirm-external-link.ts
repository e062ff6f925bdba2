import { dialog, shell, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { TFunction } from 'i18next';
import { isWebLink } from '../shared/links/web-link';

const OPEN_BUTTON = 0;
const CANCEL_BUTTON = 1;

/**
 * Asks the officer before a web link leaves the app, then opens it in the system browser.
 * Resolves to true when the link was opened; anything but an http(s) URL is refused without asking.
 */
export async function confirmExternalLink(url: string, t: TFunction, parent?: BrowserWindow): Promise<boolean> {
  if (!isWebLink(url)) return false;
  const box: MessageBoxOptions = {
    type: 'question',
    title: t('electron:externalLink.title'),
    message: t('electron:externalLink.message'),
    detail: t('electron:externalLink.detail', { url }),
    buttons: [t('electron:externalLink.open'), t('electron:externalLink.cancel')],
    defaultId: CANCEL_BUTTON,
    cancelId: CANCEL_BUTTON,
    noLink: true,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, box) : await dialog.showMessageBox(box);
  if (response !== OPEN_BUTTON) return false;
  await shell.openExternal(url);
  return true;
}
