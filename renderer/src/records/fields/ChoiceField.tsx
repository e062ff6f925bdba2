import { pathKey, type DraftPath } from '../draft-path';
import type { RecordForm } from '../use-record-form';
import { FieldFrame, problemAria } from './FieldFrame';

export interface Choice {
  value: string;
  label: string;
}

interface ChoiceFieldProps {
  form: RecordForm;
  path: DraftPath;
  label: string;
  choices: readonly Choice[];
  /** Called instead of writing the value, where a choice changes more than its own field. */
  onChoose?: (value: string) => void;
}

/** A choice among a field's allowed values (a visit's level, a trade figure's flow…). */
export function ChoiceField({ form, path, label, choices, onChoose }: ChoiceFieldProps) {
  const id = pathKey(path);
  const problem = form.problem(path);
  const value = form.value(path);
  return (
    <FieldFrame id={id} label={label} problem={problem}>
      <select
        id={id}
        value={typeof value === 'string' ? value : ''}
        {...problemAria(id, problem)}
        onChange={(event) => (onChoose ? onChoose(event.target.value) : form.set(path, event.target.value))}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
