import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { needsProvenanceNote, provenanceMark } from '../../../app/shared/briefs/brief-source-numbers';
import type { RelationsRecord } from '../../../app/shared/records/record-schema';
import { isArticleSource, sourceKey } from '../../../app/shared/records/source-kinds';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { BriefMarksContext } from './brief-marks-context';

/**
 * What each provenance mark means: for every marked fact, the source's words (quoted as published),
 * what was corrected and why, what was inferred and how, how sure the reading is, and whether it
 * rests only on a related-news headline.
 */
export function BriefProvenanceNotes({ records, lang }: { records: readonly RelationsRecord[]; lang: Language }) {
  const { t } = useTranslation('briefs', { lng: lang });
  const marks = useContext(BriefMarksContext);
  const marked = records
    .filter((record) => marks.provenance.has(record.id))
    .sort((a, b) => marks.provenance.get(a.id)! - marks.provenance.get(b.id)!);
  if (marked.length === 0) return null;
  return (
    <section className="brief__provenance" lang={lang}>
      <h3>{t('doc.provenanceHeading')}</h3>
      <p>{t('doc.provenanceIntro')}</p>
      <ol className="brief__provenance-list">
        {marked.map((record) => (
          <li key={record.id}>
            <strong>({provenanceMark(marks.provenance.get(record.id)!)})</strong> {record.title[lang]}
            {record.sources.filter(needsProvenanceNote).map((source, index) => {
              const number = marks.sources.get(sourceKey(source));
              const article = isArticleSource(source) ? source : undefined;
              return (
                <p key={index} className="brief__provenance-source">
                  {t('doc.provenanceSaid', { number: number ?? '?' })}
                  {source.passage && ` “${source.passage}”`}
                  {article?.correction && ` ${t('doc.provenanceCorrected', { text: article.correction.text[lang], reason: article.correction.reason[lang] })}`}
                  {article?.inference && ` ${t('doc.provenanceInferred', { how: article.inference[lang] })}`}
                  {source.confidence !== 'high' && ` ${t(`doc.confidence.${source.confidence}`)}`}
                  {article?.passageRole === 'related-headline' && ` ${t('doc.relatedHeadline')}`}
                </p>
              );
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
