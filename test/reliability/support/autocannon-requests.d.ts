/** What the load scenario uses of autocannon 8 beyond bench/autocannon.d.ts: a request mix. */
import 'autocannon';

declare module 'autocannon' {
  interface Request {
    method?: 'GET' | 'POST';
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    /** Called with each response to this request (status and body). */
    onResponse?: (status: number, body: string) => void;
  }

  interface Options {
    /** Each connection sends these in turn, starting over at the end. */
    requests?: Request[];
  }

  interface Histogram {
    p90: number;
    p97_5: number;
    min: number;
  }
}
