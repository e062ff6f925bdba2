import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../app/shared/settings/settings-schema';
import { api } from '../api';
import { RequestFailure } from '../components/RequestFailure';
import { useRequest } from '../use-request';
import './SettingsScreen.css';

/** The officer's name: who changed a record, and the author of the briefs' PDFs. */
function OfficerNameForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation('records');
  const fieldId = useId();
  const [name, setName] = useState(settings.officerName ?? '');
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  return (
    <form
      className="settings-screen__form"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        setFailure(undefined);
        api.updateSettings({ officerName: name.trim() }).then(() => setSaved(true), setFailure);
      }}
    >
      <label htmlFor={fieldId}>{t('settings.officerName')}</label>
      <input id={fieldId} type="text" autoComplete="name" value={name} aria-describedby={`${fieldId}-help`} onChange={(event) => setName(event.target.value)} />
      <span id={`${fieldId}-help`} className="settings-screen__help">
        {t('settings.officerNameHelp')}
      </span>
      <button type="submit">{t('settings.save')}</button>
      <p role="status">{saved && t('settings.saved')}</p>
      {failure !== undefined && <RequestFailure error={failure} />}
    </form>
  );
}

/** The desk's settings the officer may change here (the language and theme are in the header). */
export function SettingsScreen() {
  const { t } = useTranslation('records');
  const [settings] = useRequest(() => api.getSettings({}), []);
  return (
    <section className="settings-screen" aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('settings.heading')}</h1>
      {settings.status === 'loading' && <p>{t('app:loading')}</p>}
      {settings.status === 'failed' && <RequestFailure error={settings.error} />}
      {settings.status === 'done' && <OfficerNameForm settings={settings.value} />}
    </section>
  );
}
