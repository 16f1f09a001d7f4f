/** The search box on every view: submits to the search view (its query is in the URL). */
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { href, paths } from '../routes.ts';

export function SearchBox() {
  const location = useLocation();
  const urlQuery = location.path === paths.search ? (location.query.q ?? '') : '';
  const [text, setText] = useState(urlQuery);
  useEffect(() => setText(urlQuery), [urlQuery]);
  return (
    <form
      role="search"
      class="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) location.route(href.search(text.trim()));
      }}
    >
      <label for="site-search">Search</label>
      <input
        id="site-search"
        type="search"
        name="q"
        value={text}
        placeholder="a therapy, brand, cancer type, target…"
        autocomplete="off"
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <button type="submit">Go</button>
    </form>
  );
}
