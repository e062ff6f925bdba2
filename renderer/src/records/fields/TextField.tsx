import { pathKey, type DraftPath } from '../draft-path';
import type { RecordForm } from '../use-record-form';
import { FieldFrame, problemAria } from './FieldFrame';

interface TextFieldProps {
  form: RecordForm;
  path: DraftPath;
  label: string;
  multiline?: boolean;
  /** An optional field is removed from the record when emptied. */
  optional?: boolean;
  lang?: string;
}

/** One line (or a few) of text in the record form, with its label and its problem. */
export function TextField({ form, path, label, multiline = false, optional = false, lang }: TextFieldProps) {
  const id = pathKey(path);
  const problem = form.problem(path);
  const value = form.value(path);
  const control = {
    id,
    lang,
    value: typeof value === 'string' ? value : '',
    ...problemAria(id, problem),
    onChange: (event: { target: { value: string } }) => form.set(path, optional && event.target.value === '' ? undefined : event.target.value),
  };
  return (
    <FieldFrame id={id} label={label} problem={problem}>
      {multiline ? <textarea rows={3} {...control} /> : <input type="text" {...control} />}
    </FieldFrame>
  );
}
