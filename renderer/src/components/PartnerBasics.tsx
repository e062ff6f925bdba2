import { useTranslation } from 'react-i18next';
import type { PartnerCountry } from '../../../app/shared/countries/partner-country-schema';
import { useLanguage } from '../use-language';
import './PartnerBasics.css';

/** A name in the app's language, or the English one marked as untranslated (with its language for screen readers). */
function EnglishFirstText({ text }: { text: { en: string; vi?: string } }) {
  const { t } = useTranslation('browse');
  const language = useLanguage();
  if (language === 'en' || text.vi) return <>{language === 'vi' ? text.vi : text.en}</>;
  return (
    <>
      <span lang="en">{text.en}</span> <span className="translation-missing">({t('basics.translationMissing')})</span>
    </>
  );
}

/** The partner state's basics: official name, capital, region; shown on every country page. */
export function PartnerBasics({ partner }: { partner: PartnerCountry }) {
  const { t } = useTranslation('browse');
  return (
    <section className="partner-basics" aria-labelledby="partner-basics-heading">
      <h2 id="partner-basics-heading">{t('basics.heading')}</h2>
      <dl>
        <dt>{t('basics.officialName')}</dt>
        <dd>
          <EnglishFirstText text={partner.officialName} />
        </dd>
        <dt>{t('basics.capital')}</dt>
        <dd>{partner.capital ? <EnglishFirstText text={partner.capital} /> : t('keyFigures.none')}</dd>
        <dt>{t('basics.region')}</dt>
        <dd>{t(`regions.${partner.region}`)}</dd>
      </dl>
      {partner.review && <p className="partner-basics__review">{t('basics.review')}</p>}
    </section>
  );
}
