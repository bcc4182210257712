/**
 * fetchLimited(url, limits?): Promise<Uint8Array>
 *
 * Fetch a remote resource the caller asked for (`allowRemote`): `https:` only, at most `maxBytes` bytes (checked on
 * `Content-Length` and while streaming) and `timeoutMs` milliseconds, no credentials sent. Any failure is a one-line
 * ReadError. Browser-safe: uses the global `fetch`.
 */
import { ReadError } from './read-error.js';

/** Limits of one remote read. */
export interface RemoteLimits {
  /** Largest body accepted, in bytes. Default 100 MB. */
  maxBytes?: number;
  /** Time allowed for the whole request, in milliseconds. Default 30 s. */
  timeoutMs?: number;
}

/** The defaults, as docs/security.md states them. */
export const remoteDefaults: Required<RemoteLimits> = Object.freeze({ maxBytes: 100 * 1024 * 1024, timeoutMs: 30_000 });

/**
 * Why a URL may not be fetched (not `https:`), or undefined.
 *
 * @example remoteProblem('http://10.0.0.1/x.csv') // 'only https: URLs are read …'
 */
export function remoteProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a URL`;
  }
  if (parsed.protocol !== 'https:') return `only https: URLs are read, not ${parsed.protocol} (${url})`;
  if (parsed.username || parsed.password) return `URLs with credentials are not read (${parsed.host})`;
  return undefined;
}

/**
 * The bytes of an https: URL, within the limits.
 *
 * @example const bytes = await fetchLimited('https://example.org/incident.csv', { maxBytes: 1e6 })
 */
export async function fetchLimited(url: string, limits: RemoteLimits = {}): Promise<Uint8Array> {
  const { maxBytes, timeoutMs } = { ...remoteDefaults, ...limits };
  const problem = remoteProblem(url);
  if (problem) throw new ReadError(problem);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'omit', redirect: 'follow' });
    } catch (err) {
      throw new ReadError(`cannot fetch ${url}: ${controller.signal.aborted ? `no answer within ${timeoutMs} ms` : (err as Error).message}`);
    }
    // A redirect may not lead off https.
    if (response.url && remoteProblem(response.url)) throw new ReadError(`${url} redirects to ${response.url}: ${remoteProblem(response.url)}`);
    if (!response.ok) throw new ReadError(`cannot fetch ${url}: HTTP ${response.status} ${response.statusText}`);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) throw new ReadError(`${url} is ${declared} bytes, more than the limit of ${maxBytes}`);
    if (!response.body) return new Uint8Array(await response.arrayBuffer());
    const parts: Uint8Array[] = [];
    let total = 0;
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.length;
        if (total > maxBytes) {
          controller.abort();
          throw new ReadError(`${url} is more than the limit of ${maxBytes} bytes`);
        }
        parts.push(value);
      }
    } catch (err) {
      if (err instanceof ReadError) throw err;
      throw new ReadError(`cannot fetch ${url}: ${controller.signal.aborted ? `no complete answer within ${timeoutMs} ms` : (err as Error).message}`);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  } finally {
    clearTimeout(timer);
  }
}
