/**
 * The one component that owns vis-timeline. It keeps a DataSet in step with the state's signals and
 * reports pans, zooms and clicks back as actions; nothing else touches the Timeline instance.
 */
import { effect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import moment from 'moment';
import { DataSet } from 'vis-data';
import { Timeline } from 'vis-timeline';
import type { DataGroup, DataItem, TimelineOptions } from 'vis-timeline';
import { useApp } from '../context';
import { bucketSpan, buildGroups, buildItems } from './items';
import type { TimelineItem } from './items';

const HOUR_MS = 3_600_000;
const YEAR_MS = 365.25 * 24 * HOUR_MS;

/** Marks the first time items are on screen, for the start-up measurement in the e2e suite. */
function markFirstDraw() {
  if (performance.getEntriesByName('timeline-first-items').length === 0)
    performance.mark('timeline-first-items');
}

export function TimelineView() {
  const { state, actions } = useApp();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    const initial = state.visible.value;
    if (!element) return;
    const items = new DataSet<TimelineItem>();
    const options: TimelineOptions = {
      height: '100%',
      orientation: { axis: 'top', item: 'top' },
      stack: true,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      // A label starts at its date and reads rightwards, like a dated line in a chronology.
      align: 'left',
      zoomMin: HOUR_MS,
      zoomMax: 300 * YEAR_MS,
      margin: { item: { horizontal: 6, vertical: 6 }, axis: 8 },
      verticalScroll: true,
      // Calendar dates are UTC days; drawing the axis in UTC keeps "12 June" on 12 June everywhere.
      moment: (date: moment.MomentInput) => moment(date).utc(),
      // Without an explicit direction vis-timeline hides itself until its first redraw after its
      // first range change, which may never come when the events were drawn before that.
      rtl: false,
      ...(initial ? { start: initial.start, end: initial.end } : {}),
    };
    const timeline = new Timeline(element, items as unknown as DataSet<DataItem>, options);

    let rangeReported = false;
    timeline.on('rangechanged', (props: { start: Date; end: Date }) => {
      // vis-timeline finishes its start-up (and only then redraws on pans) at the first redraw after
      // this event; the window may not change, so nothing else would redraw.
      if (!rangeReported) {
        rangeReported = true;
        timeline.redraw();
      }
      actions.setVisibleWindow({ start: props.start.getTime(), end: props.end.getTime() });
    });
    timeline.on('select', (props: { items: (string | number)[] }) => {
      const id = props.items[0];
      if (id === undefined) {
        void actions.selectEvent(null);
        return;
      }
      const bucket = bucketSpan(id);
      if (bucket) {
        timeline.setSelection([]);
        actions.moveTo(bucket);
      } else void actions.selectEvent(Number(id));
    });

    let lastTarget = 0;
    const stopTarget = effect(() => {
      const request = state.target.value;
      if (!request || request.seq === lastTarget) return;
      lastTarget = request.seq;
      timeline.setWindow(request.window.start, request.window.end, {
        animation: { duration: 220, easingFunction: 'easeInOutQuad' },
      });
    });

    let grouped = false;
    let chart = false;
    const stopItems = effect(() => {
      const answer = state.eventWindow.value;
      const lanes = state.lanes.value;
      if (!answer) return;
      if (answer.aggregated !== chart) {
        // Counts are drawn as a bar chart: side by side (no stacking), standing on the bottom edge.
        chart = answer.aggregated;
        timeline.setOptions({ stack: !chart, orientation: { axis: 'top', item: chart ? 'bottom' : 'top' } });
      }
      const next = buildItems(document, answer, lanes);
      const groups = buildGroups(document, answer, lanes);
      // Items must name their lane before lanes exist, and lanes must go before items lose them,
      // or vis-timeline hides the items in between.
      if (!groups && grouped) {
        timeline.setGroups(undefined as unknown as DataSet<DataGroup>);
        grouped = false;
      }
      const keep = new Set(next.map((item) => item.id));
      items.remove(items.getIds().filter((id) => !keep.has(id)));
      items.update(next);
      if (groups) {
        timeline.setGroups(new DataSet(groups) as unknown as DataSet<DataGroup>);
        grouped = true;
      }
      timeline.setSelection(state.selectedId.peek() === null ? [] : [state.selectedId.peek() as number]);
      if (next.length > 0) requestAnimationFrame(markFirstDraw);
    });

    const stopSelection = effect(() => {
      const id = state.selectedId.value;
      timeline.setSelection(id === null ? [] : [id]);
    });

    // vis-timeline polls its size once a second (and listens to window resizes); opening the side
    // panel should redraw at once, keeping the same dates in view rather than clipping them.
    const resize = new ResizeObserver(() => window.dispatchEvent(new Event('resize')));
    resize.observe(element);

    return () => {
      resize.disconnect();
      stopTarget();
      stopItems();
      stopSelection();
      timeline.destroy();
    };
  }, [state, actions]);

  return <div ref={container} class="timeline-canvas" aria-label="Timeline of events" role="region" />;
}
