import { pageMarginRules } from '../../../app/shared/briefs/page-margin-rules';
import { briefLanguages, isBinder, type BriefSpec } from '../../../app/shared/briefs/brief-spec';
import { useBriefText } from './use-brief-text';

/** The printed page's `@page` rules: A4, margins, the label at top and bottom, 'Trang N/M' or 'Page N of M' (not on a binder's cover). */
export function BriefPageRules({ spec, totalPages }: { spec: BriefSpec; totalPages: number | undefined }) {
  const text = useBriefText(briefLanguages(spec.language));
  const pageNumber = text.joined((t) => t('doc.pageNumber', { page: '{{page}}', pages: '{{pages}}' }), ' · ');
  return <style>{pageMarginRules({ label: spec.label || undefined, pageNumber, cover: isBinder(spec), totalPages })}</style>;
}
