import { useTranslation } from 'react-i18next';
import type { DraftPath } from '../draft-path';
import type { RecordForm } from '../use-record-form';
import { ChoiceField } from './ChoiceField';
import { TextField } from './TextField';

const STATUSES = ['ours', 'reviewed', 'missing'] as const;

interface BilingualFieldProps {
  form: RecordForm;
  path: DraftPath;
  label: string;
  multiline?: boolean;
  /** An optional text is removed from the record when both languages are emptied. */
  optional?: boolean;
}

/** A text in Vietnamese and English side by side, with the status of its translation (ours, reviewed, missing). */
export function BilingualField({ form, path, label, multiline = false, optional = false }: BilingualFieldProps) {
  const { t } = useTranslation('records');
  const text = form.value(path) as { vi?: string; en?: string; translation?: string } | undefined;
  const setText = (language: 'vi' | 'en', value: string) => {
    const next = { vi: text?.vi ?? '', en: text?.en ?? '', translation: text?.translation ?? 'missing', [language]: value };
    form.set(path, optional && next.vi === '' && next.en === '' ? undefined : next);
  };
  // A problem of the whole text (both languages empty) is said beside each language's field.
  const bound = (language: 'vi' | 'en'): RecordForm => ({
    ...form,
    set: (_path, value) => setText(language, typeof value === 'string' ? value : ''),
    problem: (at) => form.problem(at) ?? form.problem(path),
  });
  return (
    <fieldset className="record-field record-field--bilingual">
      <legend>{label}</legend>
      <div className="record-field__languages">
        {(['vi', 'en'] as const).map((language) => (
          <TextField
            key={language}
            form={bound(language)}
            path={[...path, language]}
            label={t('form.inLanguage', { field: label, language: t(`form.languages.${language}`) })}
            multiline={multiline}
            lang={language}
          />
        ))}
      </div>
      <ChoiceField
        form={form}
        path={[...path, 'translation']}
        label={t('form.translation', { field: label })}
        choices={STATUSES.map((status) => ({ value: status, label: t(`translation.${status}`) }))}
        onChoose={(translation) => form.set(path, { vi: text?.vi ?? '', en: text?.en ?? '', translation })}
      />
    </fieldset>
  );
}
