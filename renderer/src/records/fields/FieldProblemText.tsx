import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../field-problems';

/** The id of the line that says what is wrong with a field (the field's `aria-describedby`). */
export function problemId(fieldId: string): string {
  return `${fieldId}-problem`;
}

/** What is wrong with one field, beside it, in the officer's language. */
export function FieldProblemText({ fieldId, problem }: { fieldId: string; problem: FieldProblem | undefined }) {
  const { t } = useTranslation('records');
  if (!problem) return null;
  return (
    <span id={problemId(fieldId)} className="record-field__problem">
      {t(`problems.${problem.key}`, problem.params)}
    </span>
  );
}
