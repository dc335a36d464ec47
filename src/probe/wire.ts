// The requests a probe sends and how their answers are read: OpenAI's chat completions and
// models list (what Cloud.ru FM speaks), and the Anthropic Messages API the proxy serves.
import type { HttpRequest, Secret, Tier } from './types.js';

/** Asked of every model: short, with one obvious answer. */
export const PROMPT = 'Reply with the word OK.';

/** Claude model names the proxy maps to each tier (it maps by `opus`, `sonnet`, `haiku` in the name). */
export const TIER_CLAUDE_MODEL: Record<Tier, string> = { big: 'claude-opus-4-1', middle: 'claude-sonnet-4-5', small: 'claude-haiku-4-5' };
export const TIER_VARIABLE: Record<Tier, string> = { big: 'BIG_MODEL', middle: 'MIDDLE_MODEL', small: 'SMALL_MODEL' };

/** A tool call takes a few tokens more than a one-word answer: never fewer than this. */
export const TOOL_MIN_TOKENS = 64;

/** Bodies past this many bytes are not read further (an answer is a few hundred). */
export const MAX_BODY_BYTES = 1 << 20;
/** Model lists past this many entries are cut (Cloud.ru FM lists a few dozen). */
export const MAX_LISTED_MODELS = 10_000;

export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

const JSON_HEADERS = { accept: 'application/json' };

export function listRequest(base: string, key: Secret): HttpRequest {
  return { method: 'GET', url: joinUrl(base, '/models'), headers: JSON_HEADERS, auth: { scheme: 'bearer', secret: key } };
}

/**
 * How the proxy sends a request for its DISABLE_THINKING setting: OpenAI-compatible servers that
 * run GLM and gpt-oss models (vLLM, SGLang) switch thinking with `chat_template_kwargs`.
 */
export function thinkingFields(thinking: boolean): Record<string, unknown> {
  return { chat_template_kwargs: { enable_thinking: thinking } };
}

export function completionRequest(base: string, key: Secret, model: string, maxTokens: number, thinking: boolean): HttpRequest {
  return {
    method: 'POST',
    url: joinUrl(base, '/chat/completions'),
    headers: { ...JSON_HEADERS, 'content-type': 'application/json' },
    auth: { scheme: 'bearer', secret: key },
    body: { model, messages: [{ role: 'user', content: PROMPT }], max_tokens: maxTokens, temperature: 0, stream: false, ...thinkingFields(thinking) },
  };
}

/** One trivial tool the model must call (`tool_choice: required`): Claude Code works only through tools. */
export function toolsRequest(base: string, key: Secret, model: string, maxTokens: number, thinking: boolean): HttpRequest {
  const r = completionRequest(base, key, model, Math.max(maxTokens, TOOL_MIN_TOKENS), thinking);
  const body = r.body as Record<string, unknown>;
  body.messages = [{ role: 'user', content: 'What time is it? Use the tool.' }];
  body.tools = [{ type: 'function', function: { name: 'get_time', description: 'Returns the current time.', parameters: { type: 'object', properties: {}, required: [] } } }];
  body.tool_choice = 'required';
  return r;
}

export function healthRequest(proxy: string): HttpRequest {
  return { method: 'GET', url: joinUrl(proxy, '/health'), headers: JSON_HEADERS };
}

export function messagesRequest(proxy: string, tier: Tier, maxTokens: number, key?: Secret): HttpRequest {
  return {
    method: 'POST',
    url: joinUrl(proxy, '/v1/messages'),
    headers: { ...JSON_HEADERS, 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
    ...(key ? { auth: { scheme: 'x-api-key' as const, secret: key } } : {}),
    body: { model: TIER_CLAUDE_MODEL[tier], max_tokens: maxTokens, messages: [{ role: 'user', content: PROMPT }] },
  };
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The ids of a `GET /models` answer (`{ data: [{ id }] }`); undefined when it is not one. */
export function listedIds(body: string): string[] | undefined {
  const json = parse(body);
  if (!isObject(json) || !Array.isArray(json.data)) return undefined;
  const ids: string[] = [];
  for (const m of json.data.slice(0, MAX_LISTED_MODELS)) if (isObject(m) && typeof m.id === 'string') ids.push(m.id);
  return ids;
}

export type AnswerReading = { kind: 'ok' } | { kind: 'empty'; detail: string } | { kind: 'malformed' };

function firstMessage(body: string): Record<string, unknown> | undefined | null {
  const json = parse(body);
  if (!isObject(json) || !Array.isArray(json.choices)) return undefined;
  const choice = json.choices[0];
  if (!isObject(choice)) return null;
  return isObject(choice.message) ? choice.message : null;
}

/** A chat completion: its message has content, or tool calls; `content: null` without either is the seed's symptom. */
export function readCompletion(body: string): AnswerReading {
  const message = firstMessage(body);
  if (message === undefined) return { kind: 'malformed' };
  if (message === null) return { kind: 'empty', detail: 'no message in choices[0]' };
  if (Array.isArray(message.tool_calls) && message.tool_calls.length) return { kind: 'ok' };
  const content = message.content;
  if (typeof content === 'string' && content.trim()) return { kind: 'ok' };
  const reasoning = typeof message.reasoning_content === 'string' && message.reasoning_content.trim() ? ' (text only in reasoning_content)' : '';
  return { kind: 'empty', detail: `${content === null || content === undefined ? 'content: null' : 'empty content'}${reasoning}` };
}

/** The answer to the tool request holds a tool call. */
export function readToolCall(body: string): AnswerReading {
  const message = firstMessage(body);
  if (message === undefined) return { kind: 'malformed' };
  return message && Array.isArray(message.tool_calls) && message.tool_calls.length ? { kind: 'ok' } : { kind: 'empty', detail: 'no tool call' };
}

/** An Anthropic Messages answer with a non-empty text block: what Claude Code needs. */
export function readMessages(body: string): AnswerReading {
  const json = parse(body);
  if (!isObject(json) || !Array.isArray(json.content)) return { kind: 'malformed' };
  const text = json.content.some((b) => isObject(b) && b.type === 'text' && typeof b.text === 'string' && b.text.trim());
  return text ? { kind: 'ok' } : { kind: 'empty', detail: json.content.length ? 'no non-empty text block' : 'content: []' };
}

/** Characters of a provider's message a finding quotes. */
export const MAX_MESSAGE_CHARS = 200;

/** What the provider said went wrong (`error.message`, `message`, `detail`, else the body's first line), one line, cut short. */
export function providerMessage(body: string): string {
  const json = parse(body);
  let text: unknown;
  if (isObject(json)) {
    const error = json.error;
    text = isObject(error) ? error.message : typeof error === 'string' ? error : (json.message ?? json.detail);
    if (isObject(text) || Array.isArray(text)) text = JSON.stringify(text);
  } else text = body.split(/\r?\n/)[0];
  const line = typeof text === 'string' ? text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim() : '';
  return line.length > MAX_MESSAGE_CHARS ? `${line.slice(0, MAX_MESSAGE_CHARS)}…` : line;
}
