import { describe, expect, it, vi } from 'vitest';
import { createAppState } from './app-state';
import { createActions } from './actions';
import { createFakeApi } from './fake-api';
import { importFiles, planBatches } from './import-files';
import { windowFromDates } from './time-window';

function setup() {
  const api = createFakeApi();
  const state = createAppState();
  const actions = createActions(state, api, { windowDebounceMs: 0, searchDebounceMs: 0 });
  return { api, state, actions };
}

describe('window loading', () => {
  it('opens on the overview initial window and loads only that window with a margin', async () => {
    const { api, state, actions } = setup();
    await actions.start();
    expect(state.readout.value).toBe('1 Jun 2018 – 30 Sep 2018');
    const query = api.calls.find((call) => call.method === 'listEvents')?.argument as {
      from: string;
      to: string;
    };
    // Half a window (~61 days) each side, never the whole database.
    expect(query.from).toBe('2018-04-01');
    expect(query.to > '2018-11-20' && query.to < '2018-12-10').toBe(true);
    expect(state.visibleEvents.value.map((event) => event.id)).toEqual([1, 2, 4, 3]);
  });

  it('does not ask again when a pan stays inside what is loaded', async () => {
    const { api, state, actions } = setup();
    await actions.start();
    const before = api.calls.filter((call) => call.method === 'listEvents').length;
    actions.setVisibleWindow(windowFromDates('2018-06-10', '2018-10-05'));
    await actions.loadWindow();
    expect(api.calls.filter((call) => call.method === 'listEvents').length).toBe(before);
    expect(state.visibleEvents.value.length).toBe(4);
  });

  it('drops an answer that arrives after a newer one', async () => {
    const { api, state, actions } = setup();
    await actions.start();
    api.holdListEvents = true;
    actions.setVisibleWindow(windowFromDates('2019-01-01', '2019-02-01'));
    const first = actions.loadWindow(true);
    actions.setVisibleWindow(windowFromDates('2018-06-01', '2018-06-30'));
    const second = actions.loadWindow(true);
    api.release(); // answers the second request first, then the first
    await Promise.all([first, second]);
    expect(state.loadedWindow.value?.start).toBeLessThan(Date.UTC(2018, 5, 1));
    expect(state.visibleEvents.value.map((event) => event.title)).toEqual(['Summit in Singapore']);
  });

  it('debounces rapid range changes into one request', async () => {
    vi.useFakeTimers();
    try {
      const api = createFakeApi();
      const state = createAppState();
      const actions = createActions(state, api, { windowDebounceMs: 100 });
      for (let day = 1; day <= 9; day++)
        actions.setVisibleWindow(windowFromDates(`2020-0${day}-01`, `2020-0${day}-20`));
      await vi.advanceTimersByTimeAsync(150);
      expect(api.calls.filter((call) => call.method === 'listEvents').length).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('navigation and selection', () => {
  it('zooms about the centre and fits back to the initial window', async () => {
    const { state, actions } = setup();
    await actions.start();
    const before = state.visible.value;
    actions.zoomIn();
    const zoomed = state.visible.value;
    if (!before || !zoomed) throw new Error('no visible window after start');
    expect(zoomed.end - zoomed.start).toBeCloseTo((before.end - before.start) / 2, -3);
    expect(state.target.value?.window).toEqual(zoomed);
    actions.fit();
    expect(state.visible.value).toEqual(before);
  });

  it('selects the next and previous events by start date', async () => {
    const { state, actions } = setup();
    await actions.start();
    await actions.selectAdjacent(1);
    expect(state.selected.value?.id).toBe(1);
    await actions.selectAdjacent(1);
    expect(state.selected.value?.id).toBe(2);
    await actions.selectAdjacent(-1);
    expect(state.selected.value?.id).toBe(1);
  });

  it('passes filters and search to the service and narrows the events', async () => {
    const { api, state, actions } = setup();
    await actions.start();
    actions.setFilters({ statuses: ['cancelled'] });
    await actions.loadWindow(true);
    expect(state.visibleEvents.value.map((event) => event.id)).toEqual([4]);
    actions.resetFilters();
    actions.typeSearch('summit');
    await actions.commitSearch();
    const last = api.calls.filter((call) => call.method === 'listEvents').at(-1)?.argument as {
      search?: string;
    };
    expect(last.search).toBe('summit');
    expect(state.visibleEvents.value.map((event) => event.id)).toEqual([1]);
  });

  it('Escape closes the reader before the details', async () => {
    const { state, actions } = setup();
    await actions.start();
    await actions.selectEvent(1);
    await actions.openArticle(10, { start: 14, end: 48 });
    expect(state.reader.value?.focus).toEqual({ start: 14, end: 48 });
    actions.closeTopmost();
    expect(state.reader.value).toBeNull();
    expect(state.selectedId.value).toBe(1);
    actions.closeTopmost();
    expect(state.selectedId.value).toBeNull();
  });
});

describe('import', () => {
  it('splits files into batches by count and size', () => {
    const file = (name: string, size: number) => ({ name, size, read: async () => '' });
    const batches = planBatches([file('a', 5), file('b', 5), file('c', 20), file('d', 1)], 2, 12);
    expect(batches.map((batch) => batch.map((each) => each.name))).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('reports progress and a combined summary, then refreshes', async () => {
    const { api, state } = setup();
    const seen: number[] = [];
    const refresh = vi.fn(async () => {});
    const sources = ['one.txt', 'two.txt', 'three.txt'].map((name) => ({
      name,
      size: 10,
      read: async () => {
        seen.push(state.importing.value.done);
        return btoa(name);
      },
    }));
    const summary = await importFiles(state, api, sources, { batchFiles: 2, refresh });
    expect(summary.added).toBe(3);
    expect(summary.events).toBe(6);
    expect(api.calls.filter((call) => call.method === 'importFiles').length).toBe(2);
    expect(seen).toEqual([0, 0, 2]);
    expect(state.importing.value.phase).toBe('done');
    expect(refresh).toHaveBeenCalledOnce();
  });
});

describe('date range filter', () => {
  it('moves the window to typed dates, keeping its width when the start passes the end', async () => {
    const { state, actions } = setup();
    await actions.start();
    actions.showDates('2018-07-01', '2018-07-31', 'to');
    expect(state.readout.value).toBe('1 Jul 2018 – 31 Jul 2018');
    actions.showDates('2021-02-20', '2018-07-31', 'from');
    expect(state.readout.value).toBe('20 Feb 2021 – 22 Mar 2021');
  });
});
