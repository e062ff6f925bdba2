import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecordUpdate } from '../../../app/shared/records/record-layers';
import { useCountryName } from '../search/use-country-name';
import { useLanguage } from '../use-language';
import { MergeByField } from './MergeByField';
import { RecordVersions } from './RecordVersions';
import type { ResolveChoice } from './resolve-choice';
import './RecordUpdateCard.css';

interface RecordUpdateCardProps {
  update: RecordUpdate;
  /** Set while a decision on this update is being saved. */
  busy: boolean;
  onResolve: (choice: ResolveChoice) => void;
}

/** One record an update changed under the officer's edit: the three versions, and the officer's decision. */
export function RecordUpdateCard({ update, busy, onResolve }: RecordUpdateCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const countryName = useCountryName();
  const headingId = useId();
  const [merging, setMerging] = useState(false);
  const title = update.mine.title[language];
  const from =
    update.from.kind === 'dataset'
      ? t('updates:list.fromDataset', { from: update.from.fromVersion, to: update.from.toVersion })
      : t('updates:list.fromTeam');
  return (
    <article className="record-update" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="record-update__meta">
        {countryName(update.country)} · {from} ·{' '}
        <Link to={`/country/${update.country}?record=${encodeURIComponent(update.id)}`} aria-label={t('updates:list.open', { title })}>
          {t('updates:list.openShort')}
        </Link>
      </p>
      <RecordVersions update={update} title={title} />
      <div role="group" aria-label={t('updates:list.actions', { title })} className="record-update__actions">
        <button type="button" disabled={busy} onClick={() => onResolve({ id: update.id, choice: 'mine' })}>
          {t('updates:list.keepMine')}
        </button>
        <button type="button" disabled={busy} onClick={() => onResolve({ id: update.id, choice: 'theirs' })}>
          {t('updates:list.takeTheirs')}
        </button>
        {update.theirsNow && update.fields.length > 0 && (
          <button type="button" disabled={busy} aria-expanded={merging} onClick={() => setMerging((open) => !open)}>
            {t('updates:list.mergeByField')}
          </button>
        )}
      </div>
      {merging && (
        <MergeByField
          title={title}
          fields={update.fields}
          busy={busy}
          onCancel={() => setMerging(false)}
          onMerge={(fields) => onResolve({ id: update.id, choice: 'merge', fields })}
        />
      )}
      {busy && <p role="status">{t('updates:list.saving')}</p>}
    </article>
  );
}
