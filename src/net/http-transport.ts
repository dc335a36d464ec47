// The probe's requests over the network (the shells' part: the core never sends anything).
// Redirects are not followed: a key goes to the URL it is configured with, nowhere else.
import type { HttpRequest, HttpResult, Transport } from '../probe/types.js';
import { MAX_BODY_BYTES } from '../probe/wire.js';

/** The body's first `limit` bytes, as text; the rest is not read. */
async function readCapped(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = limit - bytes;
      bytes += value.byteLength;
      if (value.byteLength >= room) {
        text += decoder.decode(value.subarray(0, room));
        await reader.cancel();
        return text;
      }
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  } finally {
    reader.releaseLock();
  }
}

function errorCode(e: unknown): string | undefined {
  const cause = (e as { cause?: { code?: unknown } })?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

/** `fetch` over HTTP(S), one attempt per call, abandoned when the budget runs out. */
export function httpTransport(fetchImpl: typeof fetch = fetch): Transport {
  return {
    async send(request: HttpRequest, budget: { timeoutMs: number }): Promise<HttpResult> {
      const started = performance.now();
      const headers: Record<string, string> = { 'user-agent': 'clawcheck-probe', ...request.headers };
      if (request.auth) headers[request.auth.scheme === 'bearer' ? 'authorization' : 'x-api-key'] = request.auth.scheme === 'bearer' ? `Bearer ${request.auth.secret.reveal()}` : request.auth.secret.reveal();
      const signal = AbortSignal.timeout(Math.max(1, Math.round(budget.timeoutMs)));
      try {
        const response = await fetchImpl(request.url, {
          method: request.method,
          headers,
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
          redirect: 'manual',
          signal,
        });
        const body = await readCapped(response, MAX_BODY_BYTES);
        const answerHeaders: Record<string, string> = {};
        const retryAfter = response.headers.get('retry-after');
        if (retryAfter !== null) answerHeaders['retry-after'] = retryAfter;
        return { kind: 'answer', status: response.status, statusText: response.statusText, body, latencyMs: performance.now() - started, attempts: 1, headers: answerHeaders };
      } catch (e) {
        const latencyMs = performance.now() - started;
        if (signal.aborted) return { kind: 'timeout', latencyMs, attempts: 1 };
        const code = errorCode(e);
        // The message names the error, never the request's headers.
        return { kind: 'failed', message: code ? `${code}` : (e as Error)?.message ?? String(e), latencyMs, attempts: 1, ...(code === 'ECONNREFUSED' ? { connectionRefused: true } : {}) };
      }
    },
  };
}
