import { DateInput } from '../../components/DateInput';
import { pathKey, type DraftPath } from '../draft-path';
import type { RecordForm } from '../use-record-form';
import { FieldFrame } from './FieldFrame';
import { problemId } from './FieldProblemText';

/** A record's date: a year, a month or a day, typed and shown in the app's language. */
export function DateField({ form, path, label, required = false }: { form: RecordForm; path: DraftPath; label: string; required?: boolean }) {
  const id = pathKey(path);
  const problem = form.problem(path);
  const value = form.value(path);
  return (
    <FieldFrame id={id} label={label} problem={problem}>
      <DateInput
        id={id}
        accepts="any"
        required={required}
        value={typeof value === 'string' ? value : undefined}
        onChange={(next) => form.set(path, next)}
        problemId={problem ? problemId(id) : undefined}
      />
    </FieldFrame>
  );
}
