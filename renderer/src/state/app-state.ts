/**
 * All renderer state in one place: signals for what the app holds, computed values for what is
 * derived. No DOM and no API calls here (actions.ts changes the state), so it is testable in Node.
 */
import { computed, signal } from '@preact/signals';
import type {
  ArticleDetails,
  ArticleSummary,
  EventDetails,
  EventWindow,
  ImportSummary,
  LaneMode,
  Overview,
  SearchResults,
} from '../../../main/common/api';
import type { Certainty, EventStatus } from '../../../main/common/model';
import { CERTAINTIES, EVENT_STATUSES } from '../../../main/common/model';
import type { TimeWindow } from './time-window';
import { eventSpan, formatWindow, overlaps } from './time-window';

export interface Filters {
  statuses: EventStatus[];
  certainties: Certainty[];
  /** One outlet, or null for all. */
  source: string | null;
  /** The committed full-text query ('' for none). */
  search: string;
}

export type MainView = 'timeline' | 'list';
export type ThemeChoice = 'system' | 'light' | 'dark';

export interface ReaderState {
  article: ArticleDetails;
  /** The sentence to highlight and scroll to, as offsets in `article.text`. */
  focus: { start: number; end: number } | null;
}

export interface ImportState {
  phase: 'idle' | 'running' | 'done';
  /** Files finished, of `total`. */
  done: number;
  total: number;
  current: string;
  summary: ImportSummary | null;
  error: string | null;
}

/** A request for the timeline to show a window; `seq` makes repeated requests for one window distinct. */
export interface WindowRequest {
  window: TimeWindow;
  seq: number;
}

export const DEFAULT_FILTERS: Filters = {
  statuses: [...EVENT_STATUSES],
  certainties: [...CERTAINTIES],
  source: null,
  search: '',
};

/** Creates the state of one app window. */
export function createAppState() {
  const overview = signal<Overview | null>(null);
  const visible = signal<TimeWindow | null>(null);
  const target = signal<WindowRequest | null>(null);
  const filters = signal<Filters>(DEFAULT_FILTERS);
  const searchInput = signal('');
  const eventWindow = signal<EventWindow | null>(null);
  const loadedWindow = signal<TimeWindow | null>(null);
  const loading = signal(false);
  const articles = signal<ArticleSummary[]>([]);
  const searchResults = signal<SearchResults | null>(null);
  const selectedId = signal<number | null>(null);
  const selected = signal<EventDetails | null>(null);
  const reader = signal<ReaderState | null>(null);
  const lanes = signal<LaneMode>('none');
  const view = signal<MainView>('timeline');
  const theme = signal<ThemeChoice>('system');
  const importing = signal<ImportState>({
    phase: 'idle',
    done: 0,
    total: 0,
    current: '',
    summary: null,
    error: null,
  });
  const exportOpen = signal(false);
  const error = signal<string | null>(null);

  const readout = computed(() => (visible.value ? formatWindow(visible.value) : ''));

  /** The loaded events that overlap the visible window, by start then title: the list view and j/k order. */
  const visibleEvents = computed(() => {
    const window = visible.value;
    const loaded = eventWindow.value;
    if (!window || !loaded || loaded.aggregated) return [];
    return loaded.events
      .filter((event) => overlaps(eventSpan(event), window))
      .sort((a, b) => eventSpan(a).start - eventSpan(b).start || a.title.localeCompare(b.title));
  });

  const filtersActive = computed(() => {
    const f = filters.value;
    return (
      f.search !== '' ||
      f.source !== null ||
      f.statuses.length !== EVENT_STATUSES.length ||
      f.certainties.length !== CERTAINTIES.length
    );
  });

  return {
    overview,
    visible,
    target,
    filters,
    searchInput,
    eventWindow,
    loadedWindow,
    loading,
    articles,
    searchResults,
    selectedId,
    selected,
    reader,
    lanes,
    view,
    theme,
    importing,
    exportOpen,
    error,
    readout,
    visibleEvents,
    filtersActive,
  };
}

export type AppState = ReturnType<typeof createAppState>;
