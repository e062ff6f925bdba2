import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateChoice } from './resolve-choice';

interface MergeByFieldProps {
  title: string;
  /** The fields where theirs now differs from mine. */
  fields: readonly string[];
  busy: boolean;
  onMerge: (fields: Record<string, UpdateChoice>) => void;
  onCancel: () => void;
}

/** For each field where the versions differ, mine or theirs (mine to start with); then one merge. */
export function MergeByField({ title, fields, busy, onMerge, onCancel }: MergeByFieldProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [choices, setChoices] = useState<Record<string, UpdateChoice>>(() => Object.fromEntries(fields.map((field) => [field, 'mine'])));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onMerge(choices);
  };
  return (
    <form className="merge-by-field" aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId}>{t('updates:list.mergeHeading', { title })}</h3>
      {fields.map((field) => (
        <fieldset key={field}>
          <legend>{t(`updates:fields.${field}`, { defaultValue: field })}</legend>
          {(['mine', 'theirs'] as const).map((side) => (
            <label key={side}>
              <input
                type="radio"
                name={`${headingId}-${field}`}
                value={side}
                checked={choices[field] === side}
                onChange={() => setChoices((current) => ({ ...current, [field]: side }))}
              />
              {t(`updates:merge.${side}`)}
            </label>
          ))}
        </fieldset>
      ))}
      <div className="merge-by-field__actions">
        <button type="submit" disabled={busy}>
          {t('updates:list.applyMerge')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('updates:list.cancelMerge')}
        </button>
      </div>
    </form>
  );
}
