import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../app/shared/format/format-partial-date';
import { datePrecision, parseTypedDate } from '../../../app/shared/format/parse-typed-date';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { useLanguage } from '../use-language';
import './DateInput.css';

interface DateInputProps {
  id: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; undefined when empty. */
  value: string | undefined;
  /** Called with each date the text names (never with half-typed text), and with undefined when emptied. */
  onChange: (value: string | undefined) => void;
  /** `day` asks for a full date (a brief's date prepared); `any` takes a year, a month or a day (a record's date). */
  accepts?: 'day' | 'any';
  required?: boolean;
  /** The id of a line saying what is wrong with the date (read out after the format hint). */
  problemId?: string;
}

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** "12 tháng 1, 2026" / "12 January 2026": a day spelled out, so 12/01 cannot be read as 1 December. */
function spelledOut(value: string, language: Language): string {
  if (datePrecision(value) !== 'day') return formatPartialDate(value, language);
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/**
 * A date field that speaks the app's language, not the browser's: it shows a date as the app writes it
 * (23/09/1992, 23 Sep 1992), reads what is typed day first in both languages, and spells out how it
 * read it while the officer types.
 */
export function DateInput({ id, value, onChange, accepts = 'day', required = false, problemId }: DateInputProps) {
  const { t } = useTranslation('dates');
  const language = useLanguage();
  /** The text being typed; undefined shows `value` as the app writes it. */
  const [draft, setDraft] = useState<string>();

  const read = (text: string) => {
    const parsed = parseTypedDate(text);
    return parsed && (accepts === 'any' || datePrecision(parsed) === 'day') ? parsed : undefined;
  };
  const text = draft ?? (value ? formatPartialDate(value, language) : '');
  const typed = draft === undefined ? undefined : read(draft);
  const invalid = draft !== undefined && draft.trim() !== '' && typed === undefined;
  const format = t(`format.${accepts}`);

  return (
    <span className="date-input">
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        required={required}
        value={text}
        aria-invalid={invalid || problemId !== undefined || undefined}
        aria-describedby={problemId ? `${id}-format ${problemId}` : `${id}-format`}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          const parsed = read(next);
          if (parsed !== undefined) onChange(parsed);
          else if (next.trim() === '' && !required) onChange(undefined);
        }}
        onBlur={() => {
          if (!invalid && !(required && draft?.trim() === '')) setDraft(undefined);
        }}
      />
      <span id={`${id}-format`} className="date-input__hint">
        {invalid ? t('invalid', { format }) : typed ? t('reads', { date: spelledOut(typed, language) }) : format}
      </span>
    </span>
  );
}
