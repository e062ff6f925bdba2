import { highlightParts } from './highlight-ranges';

/** Text with the matched words in `<mark>`. */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightParts(text, terms).map((part, index) => (part.matched ? <mark key={index}>{part.text}</mark> : part.text))}
    </>
  );
}
