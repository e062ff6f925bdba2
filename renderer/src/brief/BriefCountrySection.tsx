import type { BriefCountry } from '../../../app/shared/briefs/brief-data';
import { outlineCountry, partAnchor } from '../../../app/shared/briefs/brief-outline';
import { briefLanguages, isBinder, type BriefSpec } from '../../../app/shared/briefs/brief-spec';
import { BriefSectionContent } from './BriefSectionContent';
import { useBriefText } from './use-brief-text';

/**
 * One country of a brief: its chosen sections, numbered, every record in exactly one of them. Two
 * languages print side by side within each section (paired columns), not each section twice.
 */
export function BriefCountrySection({ entry, spec }: { entry: BriefCountry; spec: BriefSpec }) {
  const languages = briefLanguages(spec.language);
  const text = useBriefText(languages);
  const Heading = isBinder(spec) ? 'h3' : 'h2';
  return (
    <>
      {isBinder(spec) && (
        <h2 className="brief__country" id={partAnchor(entry.country.code)}>
          {text.joined((_t, lang) => entry.country.name[lang], ' – ')}
        </h2>
      )}
      {outlineCountry(entry, spec).map((outline, index) => (
        <section key={outline.section} className="brief__section">
          <Heading className="brief__section-heading">
            {index + 1}. {text.joined((t) => t(`sections.${outline.section}`))}
          </Heading>
          <BriefSectionContent outline={outline} entry={entry} languages={languages} />
        </section>
      ))}
    </>
  );
}
