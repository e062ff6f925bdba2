import { useTranslation } from 'react-i18next';
import { DatasetPackImport } from '../updates/DatasetPackImport';
import './DataScreen.css';

/** The dataset: where the reference records come from, and the import of a newer pack. */
export function DataScreen() {
  const { t } = useTranslation();
  return (
    <section className="data-screen" aria-labelledby="data-heading">
      <h1 id="data-heading">{t('updates:data.heading')}</h1>
      <p>{t('updates:data.intro')}</p>
      <DatasetPackImport />
    </section>
  );
}
