import { createContext } from 'react';

/** The number of each cited article in the brief's numbered sources (empty when the brief lists no sources). */
export const SourceNumbersContext = createContext<ReadonlyMap<string, number>>(new Map());
