import { useContext } from 'react';
import type { Source } from '../../../app/shared/records/record-schema';
import { SourceNumbersContext } from './source-numbers-context';

/** The numbers of a fact's sources, e.g. [1, 4]; nothing when the brief lists no sources. */
export function SourceRefs({ sources }: { sources: readonly Source[] }) {
  const numbers = useContext(SourceNumbersContext);
  const cited = [...new Set(sources.map((source) => numbers.get(source.article)))].filter((n): n is number => n !== undefined);
  if (cited.length === 0) return null;
  return <span className="brief__refs">[{cited.sort((a, b) => a - b).join(', ')}]</span>;
}
