import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { briefSpecSchema, type BriefSpec } from '../../../app/shared/briefs/brief-spec';
import { BriefOptionsForm } from './BriefOptionsForm';
import { BriefPreview } from './BriefPreview';
import { SaveBriefButton } from './SaveBriefButton';
import './BriefWorkspace.css';

interface BriefWorkspaceProps {
  heading: ReactNode;
  /** Above the options: the way back, or the binder's choice of countries. */
  children?: ReactNode;
  spec: BriefSpec;
  onChange: (spec: BriefSpec) => void;
  binder: boolean;
  /** Put the focus on "Save PDF" when the builder opens (the palette's "Brief: …" does). */
  focusSave?: boolean;
}

/** The brief builder's layout: the options and the save button beside the preview. */
export function BriefWorkspace({ heading, children, spec, onChange, binder, focusSave = false }: BriefWorkspaceProps) {
  const { t } = useTranslation('briefs');
  const valid = briefSpecSchema.safeParse(spec).success;
  return (
    <div className="brief-workspace">
      <div className="brief-workspace__options">
        {heading}
        {children}
        <BriefOptionsForm spec={spec} onChange={onChange} binder={binder} />
        <SaveBriefButton spec={spec} disabled={!valid} focusOnOpen={focusSave} />
      </div>
      {valid && <BriefPreview spec={spec} />}
      {binder && spec.countries.length === 0 && <p className="brief-workspace__hint">{t('binder.previewEmpty')}</p>}
    </div>
  );
}
