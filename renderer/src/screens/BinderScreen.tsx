import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryCode } from '../../../app/shared/records/record-schema';
import { BriefWorkspace } from '../brief/BriefWorkspace';
import { CountryOrderList } from '../brief/CountryOrderList';
import { defaultBriefSpec } from '../brief/default-brief-spec';
import { RequestFailure } from '../components/RequestFailure';
import { useLanguage } from '../use-language';
import { useCountries } from '../countries-request';

/** A trip binder (`/binder`): the countries in the order of the trip, one PDF with cover and contents. */
export function BinderScreen() {
  const { t } = useTranslation('briefs');
  const language = useLanguage();
  const countries = useCountries();
  const [spec, setSpec] = useState(() => defaultBriefSpec([], language));
  const setCountries = (chosen: CountryCode[]) => setSpec({ ...spec, countries: chosen });

  if (countries.status === 'loading') return <p className="brief-workspace">{t('app:loading')}</p>;
  if (countries.status === 'failed') return <RequestFailure error={countries.error} />;
  return (
    <BriefWorkspace heading={<h1>{t('binder.heading')}</h1>} spec={spec} onChange={setSpec} binder>
      <p>{t('binder.intro')}</p>
      <CountryOrderList countries={countries.value.map((summary) => summary.country)} chosen={spec.countries} onChange={setCountries} />
    </BriefWorkspace>
  );
}
