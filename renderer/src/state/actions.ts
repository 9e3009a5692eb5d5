/**
 * The functions that change the state: they call the API, drop answers that arrived too late and
 * write the results into signals. Components call these and never the API directly.
 */
import { batch } from '@preact/signals';
import type { EventPatch, EventQuery, LaneMode, TimelineApi } from '../../../main/common/api';
import type { AppState, Filters, MainView, ThemeChoice } from './app-state';
import { DEFAULT_FILTERS } from './app-state';
import type { TimeWindow } from './time-window';
import { covers, eventSpan, panWindow, queryDates, windowFromDates, zoomWindow } from './time-window';

/** The most articles the library panel lists at once; it says so when a list reaches it. */
export const ARTICLE_LIST_LIMIT = 500;

export interface ActionOptions {
  /** Quiet time after the last pan or zoom before asking the service (ms). */
  windowDebounceMs?: number;
  /** Quiet time after the last keystroke in the search box (ms). */
  searchDebounceMs?: number;
  /** Most events drawn at once; beyond it the service answers with counts. */
  limit?: number;
  /** Where the theme and lanes are remembered between sessions. */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
}

/** Half a window on each side: small pans then draw from what is already loaded. */
const MARGIN = 0.5;

/** Creates the actions bound to one state and one API. */
export function createActions(state: AppState, api: TimelineApi, options: ActionOptions = {}) {
  const windowDebounceMs = options.windowDebounceMs ?? 120;
  const searchDebounceMs = options.searchDebounceMs ?? 250;
  const limit = options.limit ?? 400;
  const storage = options.storage ?? null;
  let windowTimer: ReturnType<typeof setTimeout> | null = null;
  let searchTimer: ReturnType<typeof setTimeout> | null = null;
  let windowSeq = 0;
  let selectSeq = 0;
  let articleSeq = 0;
  let targetSeq = 0;
  /** The filters the loaded window was asked with; a change makes it stale even if it covers the view. */
  let loadedFilters: Filters | null = null;

  function report(error: unknown) {
    state.error.value = error instanceof Error ? error.message : String(error);
  }

  function filterQuery(filters: Filters) {
    return {
      statuses: filters.statuses,
      certainties: filters.certainties,
      ...(filters.source ? { sources: [filters.source] } : {}),
      ...(filters.search ? { search: filters.search } : {}),
    };
  }

  /** Asks for the visible window (with margin) unless what is loaded already covers it. */
  async function loadWindow(force = false): Promise<void> {
    const window = state.visible.value;
    if (!window) return;
    const filters = state.filters.value;
    const loaded = state.loadedWindow.value;
    const current = state.eventWindow.value;
    // An aggregated answer must be asked again on zoom: the narrower window may fit under the limit.
    if (
      !force &&
      loaded &&
      current &&
      !current.aggregated &&
      loadedFilters === filters &&
      covers(loaded, window)
    )
      return;
    const seq = ++windowSeq;
    const dates = queryDates(window, MARGIN);
    const query: EventQuery = { ...dates, ...filterQuery(filters), limit };
    state.loading.value = true;
    try {
      const answer = await api.listEvents(query);
      if (seq !== windowSeq) return; // a newer request is on its way; this answer is stale
      batch(() => {
        state.eventWindow.value = answer;
        state.loadedWindow.value = windowFromDates(dates.from, dates.to);
        state.loading.value = false;
      });
      loadedFilters = filters;
    } catch (error) {
      if (seq === windowSeq) {
        state.loading.value = false;
        report(error);
      }
    }
  }

  function scheduleWindowLoad() {
    if (windowTimer) clearTimeout(windowTimer);
    windowTimer = setTimeout(() => {
      windowTimer = null;
      void loadWindow();
    }, windowDebounceMs);
  }

  async function loadArticles(): Promise<void> {
    const seq = ++articleSeq;
    const filters = state.filters.value;
    try {
      const list = await api.listArticles({
        ...(filters.search ? { search: filters.search } : {}),
        ...(filters.source ? { sources: [filters.source] } : {}),
        limit: ARTICLE_LIST_LIMIT,
      });
      if (seq === articleSeq) state.articles.value = list;
    } catch (error) {
      report(error);
    }
  }

  async function loadSearchResults(): Promise<void> {
    const query = state.filters.value.search;
    if (!query) {
      state.searchResults.value = null;
      return;
    }
    try {
      const results = await api.search({ query, limit: 50 });
      if (state.filters.value.search === query) state.searchResults.value = results;
    } catch (error) {
      if (state.filters.value.search === query) {
        state.searchResults.value = { articles: [], events: [] };
        report(error);
      }
    }
  }

  async function loadOverview(): Promise<void> {
    try {
      state.overview.value = await api.getOverview();
    } catch (error) {
      report(error);
    }
  }

  /** Asks the timeline to show a window, and loads it straight away. */
  function moveTo(window: TimeWindow) {
    batch(() => {
      state.target.value = { window, seq: ++targetSeq };
      state.visible.value = window;
    });
    scheduleWindowLoad();
  }

  function applyFilters(next: Filters) {
    state.filters.value = next;
    void loadWindow(true);
    void loadArticles();
  }

  async function selectEvent(id: number | null): Promise<void> {
    const seq = ++selectSeq;
    state.selectedId.value = id;
    if (id === null) {
      state.selected.value = null;
      return;
    }
    try {
      const details = await api.getEvent({ id });
      if (seq === selectSeq) state.selected.value = details;
    } catch (error) {
      report(error);
    }
  }

  /** Runs the search box's query now (Enter, or the pause after typing). */
  async function commitSearch(): Promise<void> {
    if (searchTimer) clearTimeout(searchTimer);
    const query = state.searchInput.value.trim();
    if (query === state.filters.value.search) return;
    state.filters.value = { ...state.filters.value, search: query };
    await Promise.all([loadWindow(true), loadArticles(), loadSearchResults()]);
  }

  function dismissImport() {
    state.importing.value = { phase: 'idle', done: 0, total: 0, current: '', summary: null, error: null };
  }

  async function refreshAfterChange(): Promise<void> {
    await Promise.all([loadOverview(), loadArticles(), loadWindow(true)]);
  }

  return {
    loadWindow,
    loadArticles,
    loadOverview,
    refreshAfterChange,
    moveTo,

    /** Loads the overview and library and opens on the service's initial window. */
    async start(): Promise<void> {
      const saved = storage?.getItem('timeline-explorer.theme');
      if (saved === 'light' || saved === 'dark' || saved === 'system') state.theme.value = saved;
      await loadOverview();
      const overview = state.overview.value;
      if (overview) moveTo(windowFromDates(overview.initialWindow.from, overview.initialWindow.to));
      await Promise.all([loadArticles(), loadWindow(true)]);
    },

    /** The timeline reports what it shows after a pan or zoom. */
    setVisibleWindow(window: TimeWindow) {
      const current = state.visible.value;
      if (current && current.start === window.start && current.end === window.end) return;
      state.visible.value = window;
      scheduleWindowLoad();
    },

    zoomIn() {
      if (state.visible.value) moveTo(zoomWindow(state.visible.value, 0.5));
    },
    zoomOut() {
      if (state.visible.value) moveTo(zoomWindow(state.visible.value, 2));
    },
    /** Back to the whole publication period of the library. */
    fit() {
      const overview = state.overview.value;
      if (overview) moveTo(windowFromDates(overview.initialWindow.from, overview.initialWindow.to));
    },
    pan(fraction: number) {
      if (state.visible.value) moveTo(panWindow(state.visible.value, fraction));
    },
    /**
     * Moves the window to the given dates (the date-range filter). When the new start passes the
     * end (or the end the start), the other side moves too, keeping the window's width.
     */
    showDates(from: string, to: string, changed: 'from' | 'to') {
      const current = state.visible.value;
      if (!from || !to) return;
      if (from <= to || !current) {
        if (from <= to) moveTo(windowFromDates(from, to));
        return;
      }
      const width = current.end - current.start;
      const fixed = windowFromDates(changed === 'from' ? from : to, changed === 'from' ? from : to);
      moveTo(
        changed === 'from'
          ? { start: fixed.start, end: fixed.start + width }
          : { start: fixed.end - width, end: fixed.end },
      );
    },

    setFilters(patch: Partial<Omit<Filters, 'search'>>) {
      applyFilters({ ...state.filters.value, ...patch });
    },
    resetFilters() {
      if (searchTimer) clearTimeout(searchTimer);
      state.searchInput.value = '';
      state.searchResults.value = null;
      applyFilters(DEFAULT_FILTERS);
    },

    /** Records a keystroke in the search box; the query runs once typing pauses. */
    typeSearch(text: string) {
      state.searchInput.value = text;
      if (searchTimer) clearTimeout(searchTimer);
      searchTimer = setTimeout(() => {
        searchTimer = null;
        void commitSearch();
      }, searchDebounceMs);
    },
    commitSearch,

    selectEvent,
    /** Selects the next (+1) or previous (-1) event of the visible window by start. */
    async selectAdjacent(step: 1 | -1): Promise<void> {
      const events = state.visibleEvents.value;
      if (events.length === 0) return;
      const index = events.findIndex((event) => event.id === state.selectedId.value);
      const next =
        index < 0
          ? step > 0
            ? 0
            : events.length - 1
          : Math.min(Math.max(index + step, 0), events.length - 1);
      const event = events[next];
      if (event) await selectEvent(event.id);
    },
    /** Selects an event found elsewhere (search results) and brings it into view. */
    async revealEvent(event: { id: number; start: string; end: string }): Promise<void> {
      const span = eventSpan(event);
      const window = state.visible.value;
      if (window && (span.start < window.start || span.end > window.end)) {
        const width = Math.max(window.end - window.start, (span.end - span.start) * 2);
        const centre = (span.start + span.end) / 2;
        moveTo({ start: Math.round(centre - width / 2), end: Math.round(centre + width / 2) });
      }
      await selectEvent(event.id);
    },

    /** Opens an article in the reader, optionally highlighting one sentence. */
    async openArticle(id: number, focus: { start: number; end: number } | null = null): Promise<void> {
      try {
        const article = await api.getArticle({ id });
        state.reader.value = article ? { article, focus } : null;
        if (!article) report(new Error('That article is no longer in the library.'));
      } catch (error) {
        report(error);
      }
    },
    closeReader() {
      state.reader.value = null;
    },
    /** Escape: closes the topmost panel (dialog, reader, then details). Returns whether one closed. */
    closeTopmost(): boolean {
      if (state.exportOpen.value) state.exportOpen.value = false;
      else if (state.importing.value.phase === 'done') dismissImport();
      else if (state.reader.value) state.reader.value = null;
      else if (state.selectedId.value !== null) void selectEvent(null);
      else return false;
      return true;
    },

    async updateEvent(id: number, patch: EventPatch): Promise<boolean> {
      try {
        const details = await api.updateEvent({ id, patch });
        if (state.selectedId.value === id) state.selected.value = details;
        await loadWindow(true);
        return true;
      } catch (error) {
        report(error);
        return false;
      }
    },
    async undoMerge(mergeId: number): Promise<void> {
      try {
        const details = await api.undoMerge({ mergeId });
        state.selected.value = details;
        await refreshAfterChange();
      } catch (error) {
        report(error);
      }
    },

    setLanes(mode: LaneMode) {
      state.lanes.value = mode;
    },
    setView(view: MainView) {
      state.view.value = view;
    },
    setTheme(choice: ThemeChoice) {
      state.theme.value = choice;
      storage?.setItem('timeline-explorer.theme', choice);
    },
    openExport(open: boolean) {
      state.exportOpen.value = open;
    },
    dismissImport,
    dismissError() {
      state.error.value = null;
    },
  };
}

export type Actions = ReturnType<typeof createActions>;
