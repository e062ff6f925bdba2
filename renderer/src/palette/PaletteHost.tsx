import { useCallback, useState } from 'react';
import { CommandPalette } from './CommandPalette';
import { usePaletteShortcut } from './use-palette-shortcut';
import { useRememberVisits } from './use-recent-items';

/** Opens the command palette on Ctrl+K, on every screen, and remembers the screens opened for it. */
export function PaletteHost() {
  const [open, setOpen] = useState(false);
  usePaletteShortcut(useCallback(() => setOpen(true), []));
  useRememberVisits();
  return open ? <CommandPalette onClose={() => setOpen(false)} /> : null;
}
