/**
 * `search QUERY [--json]`: articles and events matching a full-text query, with snippets.
 */
import { search as searchQueries } from '../../../db';
import type { SnippetPart } from '../../common/api';
import { openCommandDatabase, type CliContext } from '../context';
import { parseCommand } from '../options';
import { UsageError } from '../usage';

export async function searchCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseCommand(args, { json: { type: 'boolean', default: false } });
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('search needs a query');
  const { db } = await openCommandDatabase(context);
  try {
    // Throws SearchSyntaxError, reported as one line with exit code 1.
    const articles = searchQueries
      .searchArticles(db, query, 20)
      .map((hit) => ({ ...hit, snippet: searchQueries.splitSnippet(hit.snippet) }));
    const events = searchQueries
      .searchEvents(db, query, 20)
      .map((hit) => ({ ...hit, snippet: searchQueries.splitSnippet(hit.snippet) }));
    if (values.json) {
      context.stdout.write(`${JSON.stringify({ articles, events }, null, 2)}\n`);
      return 0;
    }
    const mark = (parts: SnippetPart[]) =>
      parts
        .map((part) =>
          part.match
            ? context.stdout.isTTY
              ? `\u001b[1m${part.text}\u001b[22m`
              : `[${part.text}]`
            : part.text,
        )
        .join('');
    const lines = [`Articles (${articles.length})`];
    for (const hit of articles) {
      lines.push(
        `  #${hit.id} ${hit.title} — ${hit.source ?? 'unknown outlet'}, ${hit.publishedAt?.slice(0, 10) ?? 'undated'}`,
      );
      lines.push(`      ${mark(hit.snippet).replace(/\s+/g, ' ')}`);
    }
    lines.push(`Events (${events.length})`);
    for (const hit of events) {
      const dates = hit.start === hit.end ? hit.start : `${hit.start} – ${hit.end}`;
      lines.push(`  #${hit.id} ${dates}  ${mark(hit.snippet)}`);
    }
    context.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    db.close();
  }
}
