/** Filters: the date range (which moves the window), statuses, date certainty and outlet. */
import type { Certainty, EventStatus } from '../../../main/common/model';
import { CERTAINTIES, EVENT_STATUSES } from '../../../main/common/model';
import { useApp } from '../context';
import { isoDay } from '../state/time-window';

const CERTAINTY_LABELS: Record<Certainty, string> = {
  exact: 'Exact',
  approximate: 'Approximate',
  uncertain: 'Uncertain',
};

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((each) => each !== value);
}

export function Filters() {
  const { state, actions } = useApp();
  const filters = state.filters.value;
  const window = state.visible.value;
  const from = window ? isoDay(window.start) : '';
  const to = window ? isoDay(Math.max(window.start, window.end - 1)) : '';
  const sources = state.overview.value?.sources ?? [];
  return (
    <details class="filters">
      <summary>Filters{state.filtersActive.value ? <span class="badge">on</span> : null}</summary>
      <fieldset class="date-range">
        <legend>Dates shown</legend>
        <label>
          From
          <input
            type="date"
            value={from}
            aria-label="From date"
            onChange={(event) => actions.showDates(event.currentTarget.value, to, 'from')}
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={to}
            aria-label="To date"
            onChange={(event) => actions.showDates(from, event.currentTarget.value, 'to')}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Status</legend>
        {EVENT_STATUSES.map((status: EventStatus) => (
          <label key={status} class="check">
            <input
              type="checkbox"
              checked={filters.statuses.includes(status)}
              onChange={(event) =>
                actions.setFilters({
                  statuses: toggle(filters.statuses, status, event.currentTarget.checked),
                })
              }
            />
            <span class={`swatch status-${status}`} aria-hidden="true" />
            {status[0]?.toUpperCase()}
            {status.slice(1)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Date certainty</legend>
        {CERTAINTIES.map((certainty) => (
          <label key={certainty} class="check">
            <input
              type="checkbox"
              checked={filters.certainties.includes(certainty)}
              onChange={(event) =>
                actions.setFilters({
                  certainties: toggle(filters.certainties, certainty, event.currentTarget.checked),
                })
              }
            />
            {CERTAINTY_LABELS[certainty]}
          </label>
        ))}
      </fieldset>
      <label class="source-select">
        <span>Source</span>
        <select
          aria-label="Source"
          value={filters.source ?? ''}
          onChange={(event) => actions.setFilters({ source: event.currentTarget.value || null })}
        >
          <option value="">All sources</option>
          {sources.map((source) => (
            <option key={source} value={source}>
              {source}
            </option>
          ))}
        </select>
      </label>
      {state.filtersActive.value ? (
        <button class="text-button small" onClick={actions.resetFilters}>
          Clear filters
        </button>
      ) : null}
    </details>
  );
}
