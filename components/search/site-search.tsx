/** The search box in the reader site's header: a plain GET form, so it works without JavaScript. */
export function SiteSearch() {
  return (
    <form className="site-search" role="search" aria-label="Site" action="/search" method="get">
      <label htmlFor="site-search-q" className="visually-hidden">
        Search briefs
      </label>
      <input id="site-search-q" type="search" name="q" placeholder="Search briefs" autoComplete="off" enterKeyHint="search" />
      <button type="submit">Search</button>
    </form>
  );
}
