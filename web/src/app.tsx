/**
 * The explorer's shell: header (navigation and the search box every view has), the router,
 * and an error boundary so that a bug shows a message, never a blank page or a stack.
 */
import { Component, type ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { SearchBox } from './components/search-box.tsx';
import { paths } from './routes.ts';
import { AuditView } from './views/audit-view.tsx';
import { EntityView } from './views/entity-view.tsx';
import { FinderView } from './views/finder-view.tsx';
import { HomeView } from './views/home-view.tsx';
import { PathsView } from './views/paths-view.tsx';
import { SearchView } from './views/search-view.tsx';

export function App() {
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <FocusOnNavigation />
      <main id="main" tabIndex={-1}>
        <Boundary>
          <Router>
            <Route path={paths.home} component={HomeView} />
            <Route path="/explore" component={HomeView} />
            <Route path={paths.search} component={SearchView} />
            <Route path={paths.therapies} component={FinderView} />
            <Route path={paths.entity} component={EntityView} />
            <Route path={paths.paths} component={PathsView} />
            <Route path={paths.audit} component={AuditView} />
            <Route default component={UnknownPage} />
          </Router>
        </Boundary>
      </main>
    </LocationProvider>
  );
}

const NAV = [
  { path: paths.therapies, label: 'Therapy finder' },
  { path: paths.paths, label: 'Paths' },
  { path: paths.audit, label: 'Audit' },
];

function Header() {
  const { path } = useLocation();
  return (
    <header class="site-header">
      <a class="brand" href={paths.home}>
        therapy-graph <span>explorer</span>
      </a>
      <nav aria-label="Views">
        <ul>
          {NAV.map((item) => (
            <li key={item.path}>
              <a href={item.path} aria-current={path === item.path ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <SearchBox />
    </header>
  );
}

/**
 * After a link leads to another view, focus moves to the main content (as a page load would
 * start a keyboard or screen-reader user there). Changes of the query only (a finder filter
 * toggled) keep the focus where it is.
 */
function FocusOnNavigation() {
  const { path } = useLocation();
  const previous = useRef(path);
  useEffect(() => {
    if (previous.current !== path) document.getElementById('main')?.focus();
    previous.current = path;
  }, [path]);
  return null;
}

function UnknownPage() {
  const { path } = useLocation();
  return (
    <div class="message not-found" role="alert">
      <h1>Page not found</h1>
      <p>
        The explorer has no page at <code>{path}</code>. Start from the <a href={paths.home}>home page</a>.
      </p>
    </div>
  );
}

/** Catches a rendering bug: the page says so (no stack trace) and the header keeps working. */
class Boundary extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  override componentDidCatch(error: unknown) {
    console.warn('explorer view failed', error);
    this.setState({ failed: true });
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div class="message error" role="alert">
        <h1>This view failed</h1>
        <p>Something in the explorer went wrong while drawing it. Reload the page, or go back.</p>
      </div>
    );
  }
}
