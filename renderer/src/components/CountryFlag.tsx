import { countryFlagUrl } from '../country-flag-urls';
import './CountryFlag.css';

/** A country's flag beside its name; decorative (the name says which country it is). */
export function CountryFlag({ code, size = 'small' }: { code: string; size?: 'small' | 'large' }) {
  const url = countryFlagUrl(code);
  if (!url) return null;
  return <img className={`country-flag country-flag--${size}`} src={url} alt="" />;
}
