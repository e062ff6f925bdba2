import { createContext } from 'react';

/** The marks a brief puts after a fact: the numbers of its sources, and the number of its provenance note. */
export interface BriefMarks {
  /** Article id → its number in the numbered sources. */
  sources: ReadonlyMap<string, number>;
  /** Record id → its provenance note (shown as a letter), for facts corrected, inferred or less than sure. */
  provenance: ReadonlyMap<string, number>;
}

/** Empty when the brief lists no sources. */
export const BriefMarksContext = createContext<BriefMarks>({ sources: new Map(), provenance: new Map() });
