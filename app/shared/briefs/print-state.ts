/**
 * How the print route tells a printer it can print: it sets `data-print-state` on `<html>` to
 * `ready` (data rendered, fonts loaded) or `failed` (with the reason in `data-print-error`).
 */
export const PRINT_STATE_KEY = 'printState';
export const PRINT_ERROR_KEY = 'printError';
