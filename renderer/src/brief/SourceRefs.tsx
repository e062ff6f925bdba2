import { useContext } from 'react';
import { provenanceMark } from '../../../app/shared/briefs/brief-source-numbers';
import type { RelationsRecord } from '../../../app/shared/records/record-schema';
import { sourceKey } from '../../../app/shared/records/source-kinds';
import { BriefMarksContext } from './brief-marks-context';

/**
 * The marks of a fact: the numbers of its sources, e.g. [1, 4], and the letter of its provenance
 * note, e.g. (b), when it was corrected, inferred or rests on a less than sure reading. Nothing when
 * the brief lists no sources.
 */
export function SourceRefs({ record }: { record: Pick<RelationsRecord, 'id' | 'sources'> }) {
  const marks = useContext(BriefMarksContext);
  const cited = [...new Set(record.sources.map((source) => marks.sources.get(sourceKey(source))))].filter((n): n is number => n !== undefined);
  const note = marks.provenance.get(record.id);
  if (cited.length === 0 && note === undefined) return null;
  return (
    <span className="brief__refs">
      {cited.length > 0 && `[${cited.sort((a, b) => a - b).join(', ')}]`}
      {note !== undefined && <sup className="brief__mark">({provenanceMark(note)})</sup>}
    </span>
  );
}
