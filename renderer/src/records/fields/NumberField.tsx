import { useState } from 'react';
import { pathKey, type DraftPath } from '../draft-path';
import type { RecordForm } from '../use-record-form';
import { FieldFrame, problemAria } from './FieldFrame';
import { readTypedNumber } from './read-typed-number';

interface NumberFieldProps {
  form: RecordForm;
  path: DraftPath;
  label: string;
  /** Writes the number (or undefined when emptied) somewhere other than `path`, e.g. into an amount. */
  onNumber?: (value: number | string | undefined) => void;
}

/** A whole number or an amount: typed as text (so "65 000 000" reads), checked as a number. */
export function NumberField({ form, path, label, onNumber }: NumberFieldProps) {
  const id = pathKey(path);
  const problem = form.problem(path);
  const value = form.value(path);
  const [draft, setDraft] = useState<string>();
  const shown = draft ?? (value === undefined ? '' : String(value));
  return (
    <FieldFrame id={id} label={label} problem={problem}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={shown}
        {...problemAria(id, problem)}
        onChange={(event) => {
          setDraft(event.target.value);
          const next = readTypedNumber(event.target.value);
          if (onNumber) onNumber(next);
          else form.set(path, next);
        }}
        onBlur={() => setDraft(undefined)}
      />
    </FieldFrame>
  );
}
