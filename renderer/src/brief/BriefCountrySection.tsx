import { partAnchor } from '../../../app/shared/briefs/brief-parts';
import type { BriefCountry } from '../../../app/shared/briefs/brief-data';
import { printedSections } from '../../../app/shared/briefs/brief-section-records';
import { briefLanguages, isBinder, type BriefSpec } from '../../../app/shared/briefs/brief-spec';
import { BriefNotes } from './BriefNotes';
import { BriefSectionBlock } from './BriefSectionBlock';
import { useBriefText } from './use-brief-text';

/** One country of a brief: its sections with something to say, numbered, each in every language of the brief. */
export function BriefCountrySection({ entry, spec }: { entry: BriefCountry; spec: BriefSpec }) {
  const languages = briefLanguages(spec.language);
  const text = useBriefText(languages);
  const sections = printedSections(entry, spec);
  const Heading = isBinder(spec) ? 'h3' : 'h2';
  return (
    <>
      {isBinder(spec) && (
        <h2 className="brief__country" id={partAnchor(entry.country.code)}>{text.joined((_t, lang) => entry.country.name[lang], ' – ')}</h2>
      )}
      {sections.length === 0 && <p className="brief__nothing">{text.joined((t) => t('doc.nothing'))}</p>}
      {sections.map((section, index) =>
        section === 'notes' ? (
          <section key={section} className="brief__section">
            <Heading className="brief__section-heading">
              {index + 1}. {text.joined((t) => t('doc.notesHeading'))}
            </Heading>
            <BriefNotes notes={entry.notes} records={entry.records} lang={languages[0] ?? 'vi'} />
          </section>
        ) : (
          languages.map((lang) => (
            <BriefSectionBlock key={`${section}-${lang}`} section={section} number={index + 1} entry={entry} spec={spec} lang={lang} headingLevel={Heading} />
          ))
        ),
      )}
    </>
  );
}
