/** A search snippet: plain text with the matched words in <mark>, built as nodes (never HTML). */
import type { SnippetPart } from '../../../main/common/api';

export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <span class="snippet">
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}
