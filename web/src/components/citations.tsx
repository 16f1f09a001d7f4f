/** The sources behind a fact or attribute, by title, each a link to the citation's view. */
import { href } from '../routes.ts';

export interface CitationRef {
  id: string;
  title: string;
}

export function Citations({ citations, label = 'Sources' }: { citations: readonly CitationRef[]; label?: string }) {
  if (citations.length === 0) return <span class="sources none">{label}: none recorded</span>;
  return (
    <span class="sources">
      <span class="sources-label">{label}:</span>{' '}
      {citations.map((c, i) => (
        <span key={c.id}>
          {i > 0 ? '; ' : null}
          <a href={href.entity(c.id)} class="citation">
            {c.title}
          </a>
        </span>
      ))}
    </span>
  );
}
