/** The events of the visible window as a table: the accessible twin of the timeline. */
import { formatInterval } from '../../../main/common/format-date';
import { useApp } from '../context';

export function ListView() {
  const { state, actions } = useApp();
  const answer = state.eventWindow.value;
  const events = state.visibleEvents.value;
  const selectedId = state.selectedId.value;
  if (answer?.aggregated) {
    return (
      <p class="empty-note">
        {answer.total.toLocaleString('en')} events in this window are too many to list. Zoom in to see them.
      </p>
    );
  }
  return (
    <table class="event-table">
      <caption>
        Events from {state.readout.value.replace(' – ', ' to ')} ({events.length})
      </caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Title</th>
          <th scope="col">Status</th>
          <th scope="col">Certainty</th>
          <th scope="col">Sources</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr
            key={event.id}
            class={event.id === selectedId ? 'selected' : ''}
            aria-selected={event.id === selectedId}
          >
            <td class="nowrap">{formatInterval(event)}</td>
            <td>
              <button class="link-button" onClick={() => void actions.selectEvent(event.id)}>
                {event.title}
              </button>
            </td>
            <td>
              <span class={`status-chip status-${event.status}`}>{event.status}</span>
            </td>
            <td>{event.certainty}</td>
            <td>{event.sources.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
