/** The centre of the app: view tabs, lanes, zoom controls, the visible-range readout, and the view itself. */
import type { LaneMode } from '../../../main/common/api';
import { useApp } from '../context';
import { TimelineView } from '../timeline/TimelineView';
import { Legend } from './Legend';
import { ListView } from './ListView';

const LANE_OPTIONS: { value: LaneMode; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'status', label: 'Status' },
  { value: 'actor', label: 'Actor' },
  { value: 'source', label: 'Source' },
];

export function TimelinePanel() {
  const { state, actions } = useApp();
  const view = state.view.value;
  const answer = state.eventWindow.value;
  return (
    <section class="timeline-panel" aria-label="Events">
      <div class="timeline-bar">
        <div role="tablist" aria-label="View" class="tabs">
          {(['timeline', 'list'] as const).map((each) => (
            <button
              key={each}
              role="tab"
              id={`tab-${each}`}
              aria-selected={view === each}
              aria-controls={`view-${each}`}
              tabIndex={view === each ? 0 : -1}
              class="tab"
              onClick={() => actions.setView(each)}
            >
              {each === 'timeline' ? 'Timeline' : 'List'}
            </button>
          ))}
        </div>
        <label class="lanes">
          <span>Lanes</span>
          <select
            value={state.lanes.value}
            onChange={(event) => actions.setLanes(event.currentTarget.value as LaneMode)}
            aria-label="Lanes"
          >
            {LANE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <div class="spacer" />
        <output class="readout" aria-live="polite" aria-label="Visible dates">
          {state.readout.value}
        </output>
        <span class="count" aria-live="polite">
          {answer ? countText(answer.total, answer.aggregated) : ''}
        </span>
        <div class="zoom" role="group" aria-label="Zoom">
          <button class="icon-button" aria-label="Zoom out" title="Zoom out (−)" onClick={actions.zoomOut}>
            −
          </button>
          <button class="icon-button" aria-label="Zoom in" title="Zoom in (+)" onClick={actions.zoomIn}>
            +
          </button>
          <button class="text-button" aria-label="Fit" title="Fit the library (0)" onClick={actions.fit}>
            Fit
          </button>
        </div>
      </div>
      <div
        id="view-timeline"
        role="tabpanel"
        aria-labelledby="tab-timeline"
        class="view timeline-view"
        hidden={view !== 'timeline'}
      >
        {state.loading.value ? (
          <div class="loading-bar" role="progressbar" aria-label="Loading events" />
        ) : null}
        <TimelineView />
        {answer?.aggregated ? (
          <p class="aggregate-note">Too many events to draw here: click a bar or zoom in.</p>
        ) : null}
        {answer && answer.total === 0 && !state.loading.value ? (
          <p class="empty-note">
            {state.filtersActive.value
              ? 'No events in this window match the filters.'
              : 'No events in this window. Zoom out, or import articles.'}
          </p>
        ) : null}
        <Legend />
      </div>
      {view === 'list' ? (
        <div id="view-list" role="tabpanel" aria-labelledby="tab-list" class="view list-view">
          <ListView />
        </div>
      ) : null}
    </section>
  );
}

function countText(total: number, aggregated: boolean): string {
  if (aggregated) return `${total.toLocaleString('en')} events (counts shown)`;
  return `${total.toLocaleString('en')} event${total === 1 ? '' : 's'}`;
}
