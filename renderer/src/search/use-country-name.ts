import { useCountries } from '../countries-request';
import { useLanguage } from '../use-language';

/** A country's name in the app's language, from its code (the code itself until the countries arrive). */
export function useCountryName(): (code: string) => string {
  const countries = useCountries();
  const language = useLanguage();
  return (code) =>
    countries.status === 'done' ? (countries.value.find((c) => c.country.code === code)?.country.name[language] ?? code) : code;
}
