import { renderArticle } from './pages/article.js';
import { renderEvent } from './pages/event.js';
import { renderSaved } from './pages/saved.js';
import { renderSearch } from './pages/search.js';
import { renderView } from './pages/view.js';
import { startRouter, type Route } from './router.js';

/** Every page of the UI, by path; src/api/routes/ui.ts serves the shell on the same paths. */
const ROUTES: Route[] = [
  { pattern: /^\/$/, nav: 'search', title: 'Events', render: renderSearch },
  { pattern: /^\/event\/(?<id>[^/]+)$/, nav: null, title: 'Event', render: renderEvent },
  { pattern: /^\/article\/(?<id>[^/]+)$/, nav: null, title: 'Article', render: renderArticle },
  { pattern: /^\/saved$/, nav: 'saved', title: 'Saved queries', render: renderSaved },
  {
    pattern: /^\/(?<view>timeline|map|network)$/,
    nav: (match) => match.groups?.['view'] ?? null,
    title: 'View',
    render: renderView,
  },
];

const main = document.getElementById('main');
if (main) startRouter(ROUTES, main);
