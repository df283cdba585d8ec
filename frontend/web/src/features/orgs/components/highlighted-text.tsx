import { highlightMatches } from '../lib/fold-vietnamese';

/** The name with the searched words marked, found with or without diacritics. */
export function HighlightedText({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightMatches(text, query).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
