import type { RecordForm } from '../use-record-form';

/** What every kind's fields component is given: the form, its fields under `record`. */
export interface KindFieldProps {
  form: RecordForm;
}

export const RECORD = ['record'] as const;
