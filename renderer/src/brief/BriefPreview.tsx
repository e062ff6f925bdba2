import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefData } from '../../../app/shared/briefs/brief-data';
import type { BriefSpec } from '../../../app/shared/briefs/brief-spec';
import { api } from '../api';
import { RequestFailure } from '../components/RequestFailure';
import { useRequest } from '../use-request';
import { BriefDataCheck } from './BriefDataCheck';
import { BriefDocument } from './BriefDocument';
import { usePreviewFit } from './use-preview-fit';
import './BriefPreview.css';

/**
 * The brief as it will print, drawn on A4 sheets scaled to fit the column, with its page count. The data
 * is asked for again only when what it depends on changes (not the title, occasion, label or language), and the last one stays shown meanwhile.
 */
export function BriefPreview({ spec }: { spec: BriefSpec }) {
  const { t } = useTranslation('briefs');
  const { countries, sections, timelineYears, notes, noteTags, prepared } = spec;
  const [request] = useRequest(
    () => api.getBrief({ ...spec, title: '', occasion: '', label: '' }),
    [countries, sections, timelineYears, notes, noteTags, prepared],
  );
  const [shown, setShown] = useState<BriefData>();
  if (request.status === 'done' && request.value !== shown) setShown(request.value);
  const desk = useRef<HTMLDivElement>(null);
  const { zoom, pages } = usePreviewFit(desk);

  return (
    <div className="brief-preview">
      <div className="brief-preview__heading">
        <h2>{t('preview.heading')}</h2>
        {pages > 0 && <span className="brief-preview__page-count">{t('preview.pages', { count: pages })}</span>}
      </div>
      <p role="status" className="brief-preview__status">
        {request.status === 'loading' && t('preview.updating')}
      </p>
      {request.status === 'failed' && <RequestFailure error={request.error} />}
      {shown && <BriefDataCheck data={{ ...shown, spec }} />}
      <div ref={desk} className="brief-preview__desk">
        {shown && (
          <section className="brief-preview__pages" aria-label={t('preview.label')} tabIndex={0}>
            <div style={{ zoom }}>
              <BriefDocument data={{ ...shown, spec }} mode="preview" />
            </div>
          </section>
        )}
      </div>
    </div>
  );
}
