import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import type { Handlers } from '../contract';
import type { Language } from '../shared/settings/settings-schema';
import { MENU_LANGUAGE_CHANNEL } from '../shared/shell-bridge';

export interface AppMenuContext {
  /** Stores the chosen language. */
  handlers: Pick<Handlers, 'updateSettings'>;
  /** The window whose renderer follows the language switch. */
  mainWindow: () => BrowserWindow | undefined;
  /** The shell's current language and its translator. */
  language: () => Language;
  translate: (language: Language) => TFunction;
  platform?: NodeJS.Platform;
}

/** Switches the app's language from the menu: the renderer follows, the choice is saved, the menu is rebuilt. */
async function chooseLanguage(context: AppMenuContext, language: Language): Promise<void> {
  const window = context.mainWindow();
  if (window && !window.isDestroyed()) window.webContents.send(MENU_LANGUAGE_CHANNEL, language);
  try {
    await context.handlers.updateSettings({ language });
  } finally {
    installAppMenu(context);
  }
}

function languageItem(context: AppMenuContext, language: Language, label: string): MenuItemConstructorOptions {
  return {
    label,
    type: 'radio',
    checked: context.language() === language,
    click: () => {
      chooseLanguage(context, language).catch((error: unknown) => console.error('Could not save the language', error));
    },
  };
}

/** The menu's template: the platform's standard menus and a Language menu, labelled in the current language. */
export function appMenuTemplate(context: AppMenuContext): MenuItemConstructorOptions[] {
  const t = context.translate(context.language());
  const mac = (context.platform ?? process.platform) === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { role: 'fileMenu', label: t('electron:menu.file') },
    { role: 'editMenu', label: t('electron:menu.edit') },
    { role: 'viewMenu', label: t('electron:menu.view') },
    {
      id: 'language',
      label: t('electron:menu.language'),
      submenu: [
        languageItem(context, 'vi', t('electron:menu.languageVi')),
        languageItem(context, 'en', t('electron:menu.languageEn')),
      ],
    },
    { role: 'windowMenu', label: t('electron:menu.window') },
    { role: 'help', label: t('electron:menu.help'), submenu: [{ role: 'about', label: t('electron:menu.about') }] },
  ];
}

/** Builds the menu for the current language and makes it the application menu. */
export function installAppMenu(context: AppMenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(context)));
}
