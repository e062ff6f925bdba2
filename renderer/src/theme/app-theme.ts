import { parseThemeChoice, resolveTheme, THEME_STORAGE_KEY, type ThemeChoice } from './theme-choice';

const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)');

/** Puts the theme of `choice` on the page: `data-theme` on the root element selects the colours in main.css. */
function applyTheme(choice: ThemeChoice): void {
  document.documentElement.dataset.theme = resolveTheme(choice, systemDark().matches);
}

export function storedThemeChoice(): ThemeChoice {
  return parseThemeChoice(localStorage.getItem(THEME_STORAGE_KEY));
}

/** Remembers the officer's choice (on this computer) and shows it. */
export function chooseTheme(choice: ThemeChoice): void {
  localStorage.setItem(THEME_STORAGE_KEY, choice);
  applyTheme(choice);
}

/**
 * Shows the stored theme and follows the system's setting as it changes. Not on the print route:
 * a printed brief is always light.
 */
export function startAppTheme(): void {
  applyTheme(storedThemeChoice());
  systemDark().addEventListener('change', () => applyTheme(storedThemeChoice()));
}
