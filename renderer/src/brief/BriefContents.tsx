import { contentsParts, partAnchor } from '../../../app/shared/briefs/brief-outline';
import type { BriefData } from '../../../app/shared/briefs/brief-data';
import { briefLanguages } from '../../../app/shared/briefs/brief-spec';
import { useBriefText } from './use-brief-text';

/**
 * A binder's table of contents: one row per country and one for the sources, with the page each
 * starts on. Before the pages are known (the first print, the preview) the page column shows '…'
 * in the same room, so the contents take the same pages either way. Printed, each row links to its
 * part's heading: the PDF then has a named destination per part, which tells the printer its page.
 */
export function BriefContents({ data, pages, links }: { data: BriefData; pages: readonly number[] | undefined; links: boolean }) {
  const text = useBriefText(briefLanguages(data.spec.language));
  const names = new Map(data.countries.map(({ country }) => [country.code as string, country.name]));
  const partName = (part: string) => {
    const name = names.get(part);
    return name ? text.joined((_t, lang) => name[lang], ' – ') : text.joined((t) => t('doc.sourcesHeading'));
  };
  return (
    <section className="brief__contents">
      <h2>{text.joined((t) => t('doc.contents'))}</h2>
      <table className="brief__table">
        <thead>
          <tr>
            <th scope="col" className="brief__number-column">{text.joined((t) => t('doc.contentsNumber'))}</th>
            <th scope="col">{text.joined((t) => t('doc.contentsPart'))}</th>
            <th scope="col" className="brief__page-column">{text.joined((t) => t('doc.contentsPage'))}</th>
          </tr>
        </thead>
        <tbody>
          {contentsParts(data.spec).map((part, index) => (
            <tr key={part}>
              <td className="brief__number-column">{index + 1}</td>
              <td>{links ? <a href={`#${partAnchor(part)}`}>{partName(part)}</a> : partName(part)}</td>
              <td className="brief__page-column">{pages?.[index] ?? '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
