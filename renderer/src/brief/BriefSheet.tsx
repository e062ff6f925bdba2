import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGE_MARGINS_MM } from '../../../app/shared/briefs/page-margin-rules';
import { usePageBreakEstimates } from './use-page-break-estimates';

interface BriefSheetProps {
  mode: 'print' | 'preview';
  label: string | undefined;
  children: ReactNode;
}

const { top, right, bottom, left } = PAGE_MARGINS_MM;
const SHEET_PADDING = `${top}mm ${right}mm ${bottom}mm ${left}mm`;

function PreviewSheet({ label, children }: Omit<BriefSheetProps, 'mode'>) {
  const { t } = useTranslation('briefs');
  const content = useRef<HTMLDivElement>(null);
  const breaks = usePageBreakEstimates(content);
  return (
    <section className="brief__part brief-sheet" style={{ padding: SHEET_PADDING }}>
      {label && <p className="brief-sheet__label" aria-hidden="true">{label}</p>}
      <div className="brief-sheet__content" ref={content}>
        {children}
        {breaks.map((top) => (
          <div key={top} className="brief-sheet__break" style={{ top }} aria-hidden="true">
            <span>{t('preview.pageBreak')}</span>
          </div>
        ))}
      </div>
      {label && <p className="brief-sheet__label brief-sheet__label--bottom" aria-hidden="true">{label}</p>}
    </section>
  );
}

/**
 * One part of a brief, starting on a new page. Printed, the page's margin boxes carry the label and
 * page numbers; previewed, an A4 sheet with the same margins shows the label and the estimated page breaks.
 */
export function BriefSheet({ mode, label, children }: BriefSheetProps) {
  if (mode === 'preview') return <PreviewSheet label={label}>{children}</PreviewSheet>;
  return <section className="brief__part">{children}</section>;
}
