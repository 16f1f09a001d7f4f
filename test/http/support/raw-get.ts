import http from 'node:http';

/**
 * A GET through node:http. fetch() cannot test revalidation: given If-None-Match, it also
 * sends `Cache-Control: no-cache` (the Fetch standard's rule), and Express treats such a
 * request as never fresh, as a browser's revalidation (which sends no such header) is not.
 */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on('error', reject);
  });
}
