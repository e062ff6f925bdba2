import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import type { Country } from '../../../app/shared/records/record-schema';
import { BriefWorkspace } from '../brief/BriefWorkspace';
import { defaultBriefSpec } from '../brief/default-brief-spec';
import { useRememberedBriefSpec } from '../brief/use-remembered-brief-spec';
import type { PaletteNavigationState } from '../palette/CommandPalette';
import { RequestFailure } from '../components/RequestFailure';
import { useLanguage } from '../use-language';
import { useCountries } from '../countries-request';

function CountryBriefBuilder({ country }: { country: Country }) {
  const { t } = useTranslation('briefs');
  const language = useLanguage();
  const [params] = useSearchParams();
  const arrival = useLocation().state as PaletteNavigationState | null;
  const [spec, setSpec] = useRememberedBriefSpec(country.code, () => defaultBriefSpec([country.code], language), params.get('lang'));
  const name = country.name[language];
  return (
    <BriefWorkspace
      heading={<h1>{t('builder.heading', { country: name })}</h1>}
      spec={spec}
      onChange={setSpec}
      binder={false}
      focusSave={arrival?.focusSave === true}
    >
      <Link to={`/country/${country.code}`}>{t('builder.back', { country: name })}</Link>
    </BriefWorkspace>
  );
}

/**
 * The brief builder of one country (`/country/:code/brief`): options, preview, save as PDF. It starts from
 * the options last used for the country; `?lang=vi|en|both` chooses the language.
 */
export function BriefBuilderScreen() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const countries = useCountries();
  if (countries.status === 'loading') return <p className="brief-workspace">{t('loading')}</p>;
  if (countries.status === 'failed') return <RequestFailure error={countries.error} />;
  const country = countries.value.find((summary) => summary.country.code === code)?.country;
  if (!country) return <RequestFailure error={new Error(t('errors:unknown-country', { code }))} />;
  return <CountryBriefBuilder key={country.code} country={country} />;
}
