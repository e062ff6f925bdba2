import { useMemo } from 'react';
import type { BriefData } from '../../../app/shared/briefs/brief-data';
import type { BriefPart } from '../../../app/shared/briefs/brief-outline';
import type { PrintLayout } from '../../../app/shared/briefs/brief-print-route';
import { briefLanguages, hasSection, isBinder } from '../../../app/shared/briefs/brief-spec';
import { numberProvenanceNotes, numberSources } from '../../../app/shared/briefs/brief-source-numbers';
import { BriefMarksContext } from './brief-marks-context';
import { BriefContents } from './BriefContents';
import { BriefCountrySection } from './BriefCountrySection';
import { BriefPageRules } from './BriefPageRules';
import { BriefSheet } from './BriefSheet';
import { BriefSources } from './BriefSources';
import { BriefTitleBlock } from './BriefTitleBlock';
import './BriefDocument.css';

interface BriefDocumentProps {
  data: BriefData;
  /** Which part alone, and the contents' page numbers (print route only). */
  layout?: PrintLayout;
  mode: 'print' | 'preview';
}

/**
 * A brief as it prints: the same markup and styles in the print route and in the builder's preview.
 * A binder has a cover, contents, one part per country and the sources; a brief is one part.
 */
export function BriefDocument({ data, layout = {}, mode }: BriefDocumentProps) {
  const { spec } = data;
  const marks = useMemo(() => ({ sources: numberSources(data), provenance: numberProvenanceNotes(data) }), [data]);
  const label = spec.label || undefined;
  const shown = (part: BriefPart) => layout.part === undefined || layout.part === part;
  const printed = data.countries.flatMap((entry) => entry.records);
  const sources = hasSection(spec, 'sources') && <BriefSources articles={data.articles} records={printed} languages={briefLanguages(spec.language)} />;
  return (
    <BriefMarksContext value={marks}>
      <div className={`brief brief--${mode}${spec.language === 'both' ? ' brief--bilingual' : ''}`} lang={briefLanguages(spec.language)[0]}>
        {mode === 'print' && <BriefPageRules spec={spec} totalPages={layout.totalPages} />}
        {isBinder(spec) ? (
          <>
            {shown('front') && (
              <>
                <BriefSheet mode={mode} label={label}>
                  <BriefTitleBlock data={data} cover />
                </BriefSheet>
                <BriefSheet mode={mode} label={label}>
                  <BriefContents data={data} pages={layout.contentsPages} links={mode === 'print'} />
                </BriefSheet>
              </>
            )}
            {data.countries
              .filter((entry) => shown(entry.country.code))
              .map((entry) => (
                <BriefSheet key={entry.country.code} mode={mode} label={label}>
                  <BriefCountrySection entry={entry} spec={spec} />
                </BriefSheet>
              ))}
            {sources && shown('sources') && (
              <BriefSheet mode={mode} label={label}>
                {sources}
              </BriefSheet>
            )}
          </>
        ) : (
          <BriefSheet mode={mode} label={label}>
            <BriefTitleBlock data={data} cover={false} />
            {data.countries[0] && <BriefCountrySection entry={data.countries[0]} spec={spec} />}
            {sources}
          </BriefSheet>
        )}
      </div>
    </BriefMarksContext>
  );
}
