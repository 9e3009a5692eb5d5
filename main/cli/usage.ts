/**
 * The command line's help text and its usage error.
 */

export const USAGE = `Usage: timeline-explorer [--db FILE] COMMAND [options]

Commands:
  import PATH... [--published YYYY-MM-DD] [--json]
      Import articles (.txt, .md, .html, .htm), folders of them (recursively), and
      export documents (.json, ours or TimelineJS). Exit 0 when every file was
      imported, 2 when some failed (the others are stored), 1 on a usage error.
  export --format json|csv|timelinejs|timesketch|svg|png|pdf [--out FILE]
         [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--lanes none|status|actor|source]
         [--width N] [--scale 1|2|3] [--theme light|dark] [--title TEXT]
      Write the timeline's data or an image of it (to stdout without --out).
  tag --dct YYYY-MM-DD [FILE]
      Print the temporal expressions of a text (FILE or stdin) as a JSON array.
  tag --jsonl
      Read lines {"id","text","dct"} on stdin; write one {"id","timexes":[…]} per line.
  search QUERY [--json]
      Full-text search over articles and events (FTS5 syntax: words, "phrases",
      prefix*, AND, OR, NOT).
  serve [--port N]
      Serve the app to a local browser on 127.0.0.1 and print the URL to open.

Options:
  --db FILE   The database to use (created empty when new). Default: the desktop
              app's database, created with the sample articles on first use.
  --help      Show this help.
`;

/** A mistake in how the command was called: exit code 1 and a one-line message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
