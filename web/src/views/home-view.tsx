import { href, paths } from '../routes.ts';

/** The landing page: what the explorer is for and where to start. */
export function HomeView() {
  return (
    <article class="home">
      <h1>Explore the therapy graph</h1>
      <p>
        A graph of cancer targeted therapies — how each is given, what it treats, what it targets — in which{' '}
        <strong>every fact carries the sources behind it</strong>. Search for anything, or start from one of these:
      </p>
      <ul class="starts">
        <li>
          <a href={paths.therapies}>Therapy finder</a>: filter therapies by route, cancer type, target, kind and goal; download the list.
        </li>
        <li>
          <a href={href.entity('imatinib')}>Imatinib</a>: its facts with their citations, and the graph around it.
        </li>
        <li>
          <a href={href.paths('imatinib', 'gastrointestinal-stromal-tumor')}>Paths</a>: how imatinib reaches gastrointestinal stromal tumors, hop by hop.
        </li>
        <li>
          <a href={paths.audit}>Audit</a>: what in the graph lacks support.
        </li>
      </ul>
    </article>
  );
}
