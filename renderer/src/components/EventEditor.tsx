/** Correcting an event: title, status, date certainty and dates. The service marks it as edited. */
import { useState } from 'preact/hooks';
import type { EventDetails, EventPatch } from '../../../main/common/api';
import type { Certainty, EventStatus } from '../../../main/common/model';
import { CERTAINTIES, EVENT_STATUSES } from '../../../main/common/model';
import { useApp } from '../context';

export function EventEditor({ event, onDone }: { event: EventDetails; onDone: () => void }) {
  const { actions } = useApp();
  const [title, setTitle] = useState(event.title);
  const [status, setStatus] = useState<EventStatus>(event.status);
  const [certainty, setCertainty] = useState<Certainty>(event.certainty);
  const [start, setStart] = useState(event.start.slice(0, 10));
  const [end, setEnd] = useState(event.end.slice(0, 10));
  const [saving, setSaving] = useState(false);
  const invalid = !title.trim() || !start || !end || end < start;

  async function save(submit: Event) {
    submit.preventDefault();
    if (invalid) return;
    const patch: EventPatch = {};
    if (title.trim() !== event.title) patch.title = title.trim();
    if (status !== event.status) patch.status = status;
    if (certainty !== event.certainty) patch.certainty = certainty;
    if (start !== event.start.slice(0, 10)) patch.start = start;
    if (end !== event.end.slice(0, 10)) patch.end = end;
    // Dates typed by hand are days; a changed range keeps day granularity unless it is one day.
    if (patch.start || patch.end) patch.granularity = 'day';
    if (Object.keys(patch).length === 0) return onDone();
    setSaving(true);
    const ok = await actions.updateEvent(event.id, patch);
    setSaving(false);
    if (ok) onDone();
  }

  return (
    <form class="editor" onSubmit={save} aria-label="Correct event">
      <label>
        Title
        <input value={title} onInput={(e) => setTitle(e.currentTarget.value)} required />
      </label>
      <div class="editor-row">
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value as EventStatus)}>
            {EVENT_STATUSES.map((each) => (
              <option key={each} value={each}>
                {each}
              </option>
            ))}
          </select>
        </label>
        <label>
          Certainty
          <select value={certainty} onChange={(e) => setCertainty(e.currentTarget.value as Certainty)}>
            {CERTAINTIES.map((each) => (
              <option key={each} value={each}>
                {each}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="editor-row">
        <label>
          Start
          <input type="date" value={start} onChange={(e) => setStart(e.currentTarget.value)} required />
        </label>
        <label>
          End
          <input type="date" value={end} onChange={(e) => setEnd(e.currentTarget.value)} required />
        </label>
      </div>
      {end < start ? <p class="form-error">The end must not be before the start.</p> : null}
      <div class="actions-row">
        <button type="submit" class="primary-button" disabled={invalid || saving}>
          {saving ? 'Saving…' : 'Save correction'}
        </button>
        <button type="button" class="text-button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
