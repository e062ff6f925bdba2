/** The regions partner states are grouped by, in the order the start screen lists them; no schema here, the start screen reads them. */
export const regionKeys = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;
export type Region = (typeof regionKeys)[number];
