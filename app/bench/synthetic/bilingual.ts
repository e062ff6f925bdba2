import type { BilingualText } from '../../shared/records/bilingual-text';
import type { Phrase } from './vietnamese-words';

/** A phrase as a record's text field: both languages and the status of the translation. */
export function bilingual(phrase: Phrase, translation: BilingualText['translation'] = 'ours'): BilingualText {
  return { vi: phrase.vi, en: phrase.en, translation };
}
