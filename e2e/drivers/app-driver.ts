import type { Page } from '@playwright/test';

/** One running Country Desk, however it was started. */
export interface AppDriver {
  page: Page;
  kind: 'browser-host' | 'electron';
  /** Ends the app and waits for it to write everything. */
  close(): Promise<void>;
  /** The browser host behind the page (absent in Electron), to stop and start it under the open tab. */
  host?: BrowserHostControls;
}

export interface BrowserHostControls {
  /** The link `serve` printed on its last start. */
  url(): string;
  /** Stops `serve` (as Ctrl+C does) and waits for it to exit; the page stays open. */
  stop(): Promise<void>;
  /** Starts `serve` again on the same data folder and port. */
  start(): Promise<void>;
}
