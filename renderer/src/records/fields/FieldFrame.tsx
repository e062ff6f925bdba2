import type { ReactNode } from 'react';
import type { FieldProblem } from '../field-problems';
import { FieldProblemText, problemId } from './FieldProblemText';

/** The attributes that tie a control to the line saying what is wrong with it. */
export function problemAria(id: string, problem: FieldProblem | undefined) {
  return { 'aria-invalid': problem ? true : undefined, 'aria-describedby': problem ? problemId(id) : undefined } as const;
}

/** A field of the record form: its label, its control, and what is wrong with it. */
export function FieldFrame({ id, label, problem, children }: { id: string; label: string; problem: FieldProblem | undefined; children: ReactNode }) {
  return (
    <div className="record-field">
      <label htmlFor={id}>{label}</label>
      {children}
      <FieldProblemText fieldId={id} problem={problem} />
    </div>
  );
}
