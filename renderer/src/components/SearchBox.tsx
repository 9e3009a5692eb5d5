/** The full-text search box: narrows the library and the timeline once typing pauses. */
import { useApp } from '../context';

export function SearchBox() {
  const { state, actions } = useApp();
  return (
    <form
      class="search"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        void actions.commitSearch();
      }}
    >
      <input
        id="search-input"
        type="search"
        placeholder="Search articles and events  ( / )"
        aria-label="Search articles and events"
        autocomplete="off"
        spellcheck={false}
        value={state.searchInput.value}
        onInput={(event) => actions.typeSearch(event.currentTarget.value)}
      />
    </form>
  );
}
