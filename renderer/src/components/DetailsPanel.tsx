/** The selected event: its date and how it was read, who and where, and every sentence that reports it. */
import { useState } from 'preact/hooks';
import type { EventDetails, MentionDetails } from '../../../main/common/api';
import { formatDay, formatInterval } from '../../../main/common/format-date';
import { useApp } from '../context';
import { EventEditor } from './EventEditor';

const GRANULARITY_WORDS: Record<string, string> = {
  time: 'to the minute',
  day: 'to the day',
  week: 'to the week',
  month: 'to the month',
  season: 'to the season',
  quarter: 'to the quarter',
  year: 'to the year',
  decade: 'to the decade',
};

export function DetailsPanel({ event }: { event: EventDetails }) {
  const { actions } = useApp();
  const [editing, setEditing] = useState(false);
  return (
    <article class="details" aria-labelledby="details-title">
      <header class="panel-header">
        <div>
          <p class="eyebrow">Event{event.origin === 'user' ? <span class="pill">edited</span> : null}</p>
          <h2 id="details-title">{event.title}</h2>
        </div>
        <button
          class="icon-button"
          aria-label="Close details"
          title="Close (Esc)"
          onClick={() => void actions.selectEvent(null)}
        >
          ×
        </button>
      </header>
      <dl class="facts">
        <dt>When</dt>
        <dd>
          <strong>{formatInterval(event, { withCertainty: true })}</strong>{' '}
          <span class="muted">({GRANULARITY_WORDS[event.granularity] ?? event.granularity})</span>
        </dd>
        <dt>Date</dt>
        <dd>
          <span class={`certainty-chip certainty-${event.certainty}`}>{event.certainty}</span>
        </dd>
        <dt>Status</dt>
        <dd>
          <span class={`status-chip status-${event.status}`}>{event.status}</span>
        </dd>
        {event.actors.length > 0 ? (
          <>
            <dt>Who</dt>
            <dd>{event.actors.join(', ')}</dd>
          </>
        ) : null}
        {event.places.length > 0 ? (
          <>
            <dt>Where</dt>
            <dd>{event.places.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {event.description ? <p class="description">{event.description}</p> : null}
      <div class="actions-row">
        <button class="text-button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? 'Cancel correction' : 'Correct this event…'}
        </button>
      </div>
      {editing ? <EventEditor event={event} onDone={() => setEditing(false)} /> : null}
      <section aria-labelledby="mentions-title">
        <h3 id="mentions-title">
          Reported in {event.mentions.length} sentence{event.mentions.length === 1 ? '' : 's'}
        </h3>
        <ol class="mentions">
          {event.mentions.map((mention) => (
            <Mention key={mention.id} mention={mention} />
          ))}
        </ol>
      </section>
      {event.merges.length > 0 ? (
        <section aria-labelledby="merges-title">
          <h3 id="merges-title">Merged reports</h3>
          <ul class="merges">
            {event.merges.map((merge) => (
              <li key={merge.id}>
                <span>
                  “{merge.mergedTitle}” <span class="muted">— {merge.reason}</span>
                </span>
                {merge.undone ? (
                  <span class="muted small">undone</span>
                ) : (
                  <button class="text-button small" onClick={() => void actions.undoMerge(merge.id)}>
                    Undo merge
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

function Mention({ mention }: { mention: MentionDetails }) {
  const { actions } = useApp();
  return (
    <li class="mention">
      <button
        class="quote"
        onClick={() =>
          void actions.openArticle(mention.articleId, { start: mention.start, end: mention.end })
        }
        title="Open the article at this sentence"
      >
        <q>{mention.quote}</q>
      </button>
      <p class="mention-source">
        <span class="outlet">{mention.source ?? 'Unknown source'}</span>
        {mention.publishedAt ? <span> · {formatDay(mention.publishedAt)}</span> : null}
        <span class="muted"> · {mention.articleTitle}</span>
      </p>
      <p class="derivation">
        <span class="muted">Date: </span>
        {mention.derivation}
      </p>
    </li>
  );
}
