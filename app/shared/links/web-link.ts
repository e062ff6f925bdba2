/** The only schemes a link may leave the app by: web pages, opened in the officer's browser. */
const WEB_LINK_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * The one rule for an external link, used by note Markdown and the Electron shell alike: an absolute
 * http(s) address. `javascript:`, `data:`, `file:`, `mailto:`, custom handlers, relative and in-app
 * links are never opened.
 */
export function isWebLink(href: string | null | undefined): href is string {
  if (!href) return false;
  try {
    return WEB_LINK_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}
