import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Country } from '../../../app/shared/records/record-schema';
import { BriefWorkspace } from '../brief/BriefWorkspace';
import { defaultBriefSpec } from '../brief/default-brief-spec';
import { RequestFailure } from '../components/RequestFailure';
import { useLanguage } from '../use-language';
import { useCountries } from '../countries-request';

function CountryBriefBuilder({ country }: { country: Country }) {
  const { t } = useTranslation('briefs');
  const language = useLanguage();
  const [spec, setSpec] = useState(() => defaultBriefSpec([country.code], language));
  const name = country.name[language];
  return (
    <BriefWorkspace heading={<h1>{t('builder.heading', { country: name })}</h1>} spec={spec} onChange={setSpec} binder={false}>
      <Link to={`/country/${country.code}`}>{t('builder.back', { country: name })}</Link>
    </BriefWorkspace>
  );
}

/** The brief builder of one country (`/country/:code/brief`): options, preview, save as PDF. */
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
