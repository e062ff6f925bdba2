import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  briefLanguageSchema,
  briefNotesChoiceSchema,
  briefSections,
  type BriefLanguage,
  type BriefNotesChoice,
  type BriefSpec,
} from '../../../app/shared/briefs/brief-spec';
import { DateInput } from '../components/DateInput';
import './BriefOptionsForm.css';

const TIMELINE_YEARS = [5, 10, 20, 30] as const;

interface BriefOptionsFormProps {
  spec: BriefSpec;
  onChange: (spec: BriefSpec) => void;
  /** A binder also asks for the dates of the trip. */
  binder: boolean;
}

/** What a brief contains and how it is headed: language, sections, timeline, notes, title, occasion, label, dates. */
export function BriefOptionsForm({ spec, onChange, binder }: BriefOptionsFormProps) {
  const { t } = useTranslation('briefs');
  const id = useId();
  const set = (patch: Partial<BriefSpec>) => onChange({ ...spec, ...patch });
  const toggleSection = (section: (typeof briefSections)[number], on: boolean) =>
    set({ sections: briefSections.filter((s) => (s === section ? on : spec.sections.includes(s))) });
  const setDates = (start: string, end: string) =>
    set({ dates: start ? { start, ...(end ? { end } : {}) } : undefined });

  const textField = (name: 'title' | 'occasion' | 'label', hint: string) => (
    <div className="brief-options__field">
      <label htmlFor={`${id}-${name}`}>{t(`options.${name}`)}</label>
      <input id={`${id}-${name}`} type="text" value={spec[name] ?? ''} aria-describedby={`${id}-${name}-hint`} onChange={(event) => set({ [name]: event.target.value })} />
      <p id={`${id}-${name}-hint`} className="brief-options__hint">
        {hint}
      </p>
    </div>
  );

  return (
    <form className="brief-options" aria-label={t('options.legend')} onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t('options.language')}</legend>
        {briefLanguageSchema.options.map((language: BriefLanguage) => (
          <label key={language} className="brief-options__choice">
            <input type="radio" name={`${id}-language`} checked={spec.language === language} onChange={() => set({ language })} />
            {t(`options.languages.${language}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('options.sections')}</legend>
        {briefSections.map((section) => (
          <label key={section} className="brief-options__choice">
            <input type="checkbox" checked={spec.sections.includes(section)} onChange={(event) => toggleSection(section, event.target.checked)} />
            {t(`sections.${section}`)}
          </label>
        ))}
      </fieldset>

      <div className="brief-options__field">
        <label htmlFor={`${id}-years`}>{t('options.timelineYears')}</label>
        <select
          id={`${id}-years`}
          value={spec.timelineYears ?? 'all'}
          onChange={(event) => set({ timelineYears: event.target.value === 'all' ? undefined : Number(event.target.value) })}
        >
          <option value="all">{t('options.timelineAll')}</option>
          {TIMELINE_YEARS.map((years) => (
            <option key={years} value={years}>
              {t('options.timelineLast', { years })}
            </option>
          ))}
        </select>
      </div>

      <div className="brief-options__field">
        <label htmlFor={`${id}-notes`}>{t('options.notes')}</label>
        <select id={`${id}-notes`} value={spec.notes} onChange={(event) => set({ notes: event.target.value as BriefNotesChoice })}>
          {briefNotesChoiceSchema.options.map((choice) => (
            <option key={choice} value={choice}>
              {t(`options.notesChoices.${choice}`)}
            </option>
          ))}
        </select>
      </div>
      {spec.notes === 'tagged' && (
        <div className="brief-options__field">
          <label htmlFor={`${id}-tags`}>{t('options.noteTags')}</label>
          <input
            id={`${id}-tags`}
            type="text"
            value={(spec.noteTags ?? []).join(', ')}
            onChange={(event) => set({ noteTags: event.target.value.split(',').map((tag) => tag.trim()).filter(Boolean) })}
          />
        </div>
      )}

      {textField('title', t('options.titleHint'))}
      {textField('occasion', t('options.occasionHint'))}
      {textField('label', t('options.labelHint'))}

      {binder && (
        <div className="brief-options__dates">
          <div className="brief-options__field">
            <label htmlFor={`${id}-start`}>{t('options.datesStart')}</label>
            <DateInput id={`${id}-start`} value={spec.dates?.start} onChange={(start) => setDates(start ?? '', spec.dates?.end ?? '')} />
          </div>
          <div className="brief-options__field">
            <label htmlFor={`${id}-end`}>{t('options.datesEnd')}</label>
            <DateInput id={`${id}-end`} value={spec.dates?.end} onChange={(end) => setDates(spec.dates?.start ?? '', end ?? '')} />
          </div>
        </div>
      )}

      <div className="brief-options__field">
        <label htmlFor={`${id}-prepared`}>{t('options.prepared')}</label>
        <DateInput id={`${id}-prepared`} required value={spec.prepared} onChange={(prepared) => prepared && set({ prepared })} />
      </div>
    </form>
  );
}
