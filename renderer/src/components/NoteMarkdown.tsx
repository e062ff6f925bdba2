import { useMemo, useState, type MouseEvent } from 'react';
import { textLanguage } from '../../../app/shared/format/text-language';
import { isWebLink } from '../../../app/shared/links/web-link';
import { renderNoteMarkdown } from '../notes/render-note-markdown';
import { ExternalLinkDialog } from './ExternalLinkDialog';
import './NoteMarkdown.css';

/**
 * A note's Markdown, rendered inert (see `renderNoteMarkdown`). A link never navigates the app: a click
 * (or Enter) on it asks first, then opens web addresses in the system browser. In Electron the shell
 * itself asks before any address leaves the app, so the question is not put twice.
 */
export function NoteMarkdown({ markdown }: { markdown: string }) {
  const html = useMemo(() => renderNoteMarkdown(markdown), [markdown]);
  const [linkToOpen, setLinkToOpen] = useState<string>();

  const interceptLink = (event: MouseEvent<HTMLDivElement>) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link) return;
    event.preventDefault();
    const href = link.getAttribute('href');
    if (event.type !== 'click' || !isWebLink(href)) return;
    if (window.countryDeskShell) window.open(href, '_blank', 'noopener,noreferrer');
    else setLinkToOpen(href);
  };

  return (
    <>
      <div className="note-markdown" lang={textLanguage(markdown)} onClick={interceptLink} onAuxClick={interceptLink} dangerouslySetInnerHTML={{ __html: html }} />
      {linkToOpen && <ExternalLinkDialog url={linkToOpen} onClose={() => setLinkToOpen(undefined)} />}
    </>
  );
}
