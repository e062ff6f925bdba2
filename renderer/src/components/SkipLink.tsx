import { useTranslation } from 'react-i18next';
import './SkipLink.css';

/**
 * The first stop of the Tab key: moves focus to the main content, past the header. A plain `#id` link
 * would change the route (the app routes on the URL's hash), so it moves the focus itself.
 */
export function SkipLink({ target }: { target: string }) {
  const { t } = useTranslation();
  return (
    <a
      href={`#${target}`}
      className="skip-link"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(target)?.focus();
      }}
    >
      {t('header.skipToContent')}
    </a>
  );
}
