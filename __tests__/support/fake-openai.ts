// An OpenAI-compatible service on 127.0.0.1 that misbehaves as Cloud.ru FM did, and a
// claude-code-proxy speaking the Anthropic Messages API, both recording every request.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ModelBehaviour {
  /** Listed by GET /models (default true); an unlisted model answers 404 as well. */
  listed?: boolean;
  /** Answer completions with this status and an OpenAI error body. */
  status?: number;
  message?: string;
  /** Wait this long before answering a completion. */
  delayMs?: number;
  /** `content: null` (and reasoning_content) when the request asks for thinking. */
  nullWhenThinking?: boolean;
  /** Answers a tool request with text instead of a tool call. */
  noTools?: boolean;
  /** Answers a completion with a body that is not JSON. */
  malformed?: boolean;
  /** The first `times` completions answer 429 with `Retry-After: seconds`. */
  rateLimited?: { times: number; seconds: number };
}

export interface Recorded {
  method: string;
  path: string;
  authorization?: string;
  apiKey?: string;
  body?: Record<string, unknown>;
}

export interface FakeService {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function service(server: Server, requests: Recorded[], url: string): FakeService {
  return { url, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Serves `/v1/models` and `/v1/chat/completions` for `key`; `latencyMs` delays every answer. */
export async function fakeOpenai(options: { key: string; models: Record<string, ModelBehaviour>; latencyMs?: number; listStatus?: number }): Promise<FakeService> {
  const requests: Recorded[] = [];
  const limited = new Map<string, number>();
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    requests.push({ method: req.method!, path: req.url!, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}), ...(body ? { body } : {}) });
    if (options.latencyMs) await sleep(options.latencyMs);
    if (req.headers.authorization !== `Bearer ${options.key}`) return json(res, 401, { error: { message: 'Invalid API key', type: 'invalid_request_error' } });
    if (req.method === 'GET' && req.url === '/v1/models') {
      if (options.listStatus) return json(res, options.listStatus, { error: { message: 'list unavailable' } });
      const data = Object.entries(options.models).filter(([, b]) => b.listed !== false).map(([id]) => ({ id, object: 'model', owned_by: 'cloudru' }));
      return json(res, 200, { object: 'list', data });
    }
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions' || !body) return json(res, 404, { error: { message: 'no such route' } });
    const model = String(body.model);
    const b = options.models[model];
    if (!b || b.listed === false) return json(res, 404, { error: { message: `The model \`${model}\` does not exist or you do not have access to it.`, code: 'model_not_found' } });
    if (b.rateLimited) {
      const seen = limited.get(model) ?? 0;
      limited.set(model, seen + 1);
      if (seen < b.rateLimited.times) return json(res, 429, { error: { message: 'Rate limit reached' } }, { 'retry-after': String(b.rateLimited.seconds) });
    }
    if (b.delayMs) await sleep(b.delayMs);
    if (b.status) return json(res, b.status, { error: { message: b.message ?? 'failed' } });
    if (b.malformed) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end('{"choices": [ {"message": ');
    }
    const thinking = (body.chat_template_kwargs as { enable_thinking?: boolean } | undefined)?.enable_thinking === true;
    if (b.nullWhenThinking && thinking) return json(res, 200, { choices: [{ index: 0, message: { role: 'assistant', content: null, reasoning_content: 'Let me think…' }, finish_reason: 'length' }] });
    if (body.tools) {
      if (b.noTools) return json(res, 200, { choices: [{ index: 0, message: { role: 'assistant', content: 'It is noon.' }, finish_reason: 'stop' }] });
      return json(res, 200, { choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_time', arguments: '{}' } }] }, finish_reason: 'tool_calls' }] });
    }
    return json(res, 200, { choices: [{ index: 0, message: { role: 'assistant', content: 'OK' }, finish_reason: 'stop' }] });
  });
  return service(server, requests, await listen(server));
}

/** A claude-code-proxy: GET /health, POST /v1/messages; `emptyTiers` answer with no text (names containing opus/sonnet/haiku). */
export async function fakeProxy(options: { healthStatus?: number; emptyTiers?: string[]; apiKey?: string } = {}): Promise<FakeService> {
  const requests: Recorded[] = [];
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const apiKey = req.headers['x-api-key'];
    requests.push({ method: req.method!, path: req.url!, ...(typeof apiKey === 'string' ? { apiKey } : {}), ...(body ? { body } : {}) });
    if (req.method === 'GET' && req.url === '/health') return json(res, options.healthStatus ?? 200, { status: options.healthStatus ? 'unhealthy' : 'healthy' });
    if (req.method !== 'POST' || req.url !== '/v1/messages' || !body) return json(res, 404, { type: 'error', error: { type: 'not_found_error', message: 'no such route' } });
    if (options.apiKey && apiKey !== options.apiKey) return json(res, 401, { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } });
    const model = String(body.model);
    const empty = (options.emptyTiers ?? []).some((t) => model.includes(t));
    return json(res, 200, { id: 'msg_1', type: 'message', role: 'assistant', model, content: empty ? [] : [{ type: 'text', text: 'OK' }], stop_reason: 'end_turn', usage: { input_tokens: 5, output_tokens: 1 } });
  });
  return service(server, requests, await listen(server));
}
