/**
 * Client-side navigation: links are real hrefs (they work opened in a new tab or without script); a plain
 * click on a same-origin link is taken over with history.pushState and the page is rendered in place.
 */
export type PageRender = (main: HTMLElement, match: RegExpExecArray, url: URL) => Promise<void> | void;

export interface Route {
  pattern: RegExp;
  /** Names the nav link to mark as current (data-nav in index.html), or reads it off the path. */
  nav: string | ((match: RegExpExecArray) => string | null) | null;
  title: string;
  render: PageRender;
}

export function startRouter(routes: Route[], main: HTMLElement): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a');
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || link.target) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
  window.addEventListener('popstate', () => void show(routes, main, false));
  navigateHandler = (path) => {
    history.pushState(null, '', path);
    void show(routes, main, true);
  };
  reloadHandler = () => void show(routes, main, true);
  void show(routes, main, false);
}

let navigateHandler: (path: string) => void = (path) => location.assign(path);

let reloadHandler: () => void = () => location.reload();

/** Draws the current page again (after a read token was entered), without a new history entry. */
export function reload(): void {
  reloadHandler();
}

/** Goes to a page of this UI (used by forms, which build their URL from their fields). */
export function navigate(path: string): void {
  navigateHandler(path);
}

async function show(routes: Route[], main: HTMLElement, moveFocus: boolean): Promise<void> {
  const url = new URL(location.href);
  for (const route of routes) {
    const match = route.pattern.exec(url.pathname);
    if (!match) continue;
    document.title = `${route.title} · sitroom`;
    markNav(typeof route.nav === 'function' ? route.nav(match) : route.nav);
    main.setAttribute('aria-busy', 'true');
    await route.render(main, match, url);
    main.removeAttribute('aria-busy');
    // After a navigation, focus goes to the new content so keyboard and screen-reader users start there;
    // a page may name the part that answers the click (data-autofocus: the network's selected events).
    if (moveFocus) (main.querySelector<HTMLElement>('[data-autofocus]') ?? main).focus();
    window.dispatchEvent(new CustomEvent('sitroom:rendered', { detail: { path: url.pathname } }));
    return;
  }
  main.replaceChildren(document.createTextNode('No such page.'));
}

function markNav(current: string | null): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
    if (link.dataset['nav'] === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}
