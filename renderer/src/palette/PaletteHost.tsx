import { Suspense, useCallback, useEffect, useState } from 'react';
import { lazyScreen } from '../lazy-screen';
import { usePaletteShortcut } from './use-palette-shortcut';
import { useRememberVisits } from './use-remember-visits';

/** The palette's code (search, recent items and their schema) is not part of the start screen's. */
const loadPalette = () => import('./CommandPalette').then((module) => module.CommandPalette);
const LazyPalette = lazyScreen(loadPalette);

/** Opens the command palette on Ctrl+K, on every screen, and remembers the screens opened for it. */
export function PaletteHost() {
  const [open, setOpen] = useState(false);
  const [Loaded, setLoaded] = useState<Awaited<ReturnType<typeof loadPalette>>>();
  usePaletteShortcut(useCallback(() => setOpen(true), []));
  useRememberVisits();
  // Fetched once the first screen is up and then shown at once on Ctrl+K, so that what is typed right
  // after reaches its input. Until then it loads when opened, where a failed fetch reaches the officer.
  useEffect(() => {
    loadPalette().then(
      (palette) => setLoaded(() => palette),
      () => setLoaded(undefined),
    );
  }, []);
  const Palette = Loaded ?? LazyPalette;
  return open ? (
    <Suspense>
      <Palette onClose={() => setOpen(false)} />
    </Suspense>
  ) : null;
}
