/**
 * The finder's list as CSV: every therapy matching the filter (all pages, 100 at a time),
 * in the table's order. csv-stringify (already the server's CSV writer) is loaded only
 * when a download is asked for.
 */
import { request } from '../../api/client.ts';
import { TherapyPageDocument, type TherapyFilter, type TherapySort } from '../../generated/graphql.ts';

/** A guard against a runaway loop; the shipped graph has a few dozen therapies. */
const MAX_PAGES = 100;

export async function therapiesCsv(filter: TherapyFilter, sort: TherapySort): Promise<string> {
  const rows: string[][] = [['id', 'name', 'kind', 'aliases', 'routes', 'cancer types', 'targets']];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { therapies } = await request(TherapyPageDocument, { filter, sort, first: 100, after });
    for (const { node } of therapies.edges) {
      rows.push([
        node.id,
        node.name,
        node.kind,
        node.aliases.join('; '),
        node.routes.map((r) => r.id).join('; '),
        node.cancerTypes.map((c) => c.id).join('; '),
        node.targets.map((t) => t.id).join('; '),
      ]);
    }
    if (!therapies.pageInfo.hasNextPage || !therapies.pageInfo.endCursor) break;
    after = therapies.pageInfo.endCursor;
  }
  const { stringify } = await import('csv-stringify/browser/esm/sync');
  return stringify(rows);
}

/** Hands a text to the browser as a file download. */
export function download(text: string, filename: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
