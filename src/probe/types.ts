// What a probe asks and of whom, built from the same models the rules judge. Pure data: the
// requests are sent by a Transport the shell provides (the core never touches the network).
import type { LocatedString } from '../compose/located-string.js';
import type { Reference } from '../compose/interpolate.js';
import type { SourceFile } from '../core/source.js';
import type { Range } from '../parse/tree.js';
import type { ProbeRecord } from '../core/result.js';

export type ProbeMode = 'models' | 'completion';
export type RequestKind = ProbeRecord['mode'];

/**
 * A credential read from the files or the environment. It prints as `[redacted]` however it is
 * turned into text (a template, JSON, util.inspect): only `reveal()` gives its characters.
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '[redacted]';
  }
  toJSON(): string {
    return '[redacted]';
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return '[redacted]';
  }
}

/** Where a setting is written: the value (through `.env`, `${VAR:-default}`, anchors, `$include`) and how it got there. */
export interface Site {
  value: LocatedString;
  references: Reference[];
  via?: { file: SourceFile; range: Range };
  /** The variable or config path that holds it, for messages: `BIG_MODEL`, `agents.defaults.model.primary`. */
  label: string;
}

export type Tier = 'big' | 'middle' | 'small';

export interface ProbedModel {
  id: string;
  /** Every line that names this model for the target (an openclaw config may name it in several places). */
  sites: Site[];
  /** The proxy's tier the model serves. */
  tier?: Tier;
  /** Whether the requests of this model go out with thinking on (the proxy's DISABLE_THINKING, a catalog entry's `reasoning`). */
  thinking: boolean;
  /** The setting that turns thinking on, for messages: `DISABLE_THINKING is not "true"`. */
  thinkingSetting?: string;
}

/** A claude-code-proxy service or a Cloud.ru FM provider of an openclaw config. */
export interface ProbeTarget {
  kind: 'proxy' | 'openclaw';
  /** The service name or the provider id. */
  name: string;
  /** The service's or provider's key, for findings about the whole target. */
  anchor: { file: SourceFile; range: Range };
  baseUrl?: { url: string; site: Site };
  key?: { secret: Secret; site: Site };
  /** Why the target cannot be probed (no key, an unresolved URL), and where to say it; `noKey`: the key's variable is not set. */
  unusable?: { reason: string; site?: Site; noKey?: boolean };
  models: ProbedModel[];
  /** Models that cannot be asked about (a tier whose `${VAR}` nothing sets), and why. */
  skipped: Array<{ reason: string; site: Site }>;
  /** The proxy itself: its URL on this machine (a published loopback port) and the key it asks of clients. */
  proxy?: { url: string; site?: Site; anthropicKey?: Secret };
}

export interface ProbeOptions {
  mode: ProbeMode;
  /** Per probe (one request and its retries). */
  timeoutMs: number;
  maxTokens: number;
  concurrency: number;
  maxRequests: number;
  /** The proxy's URL, over the published port; null: do not probe the proxy. */
  proxyUrl?: string | null;
  allowHttp: boolean;
  /** Hosts a key may be sent to besides Cloud.ru FM's and loopback. */
  allowHosts: string[];
  /** A target whose key variable is not set is left out and counted, not a `probe-skipped` finding (the Action says it once). */
  quietWithoutKey?: boolean;
}

export const DEFAULT_PROBE_OPTIONS: ProbeOptions = {
  mode: 'models',
  timeoutMs: 30_000,
  maxTokens: 16,
  concurrency: 4,
  maxRequests: 50,
  allowHttp: false,
  allowHosts: [],
};

/** Hosts of Cloud.ru FM that a key is always allowed to reach (the policy in the tree cannot add any: it may be a stranger's). */
export const CLOUDRU_PROBE_HOSTS = ['foundation-models.api.cloud.ru'];

/** One HTTP request as the transport sends it. */
export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  /** Sent in its own header by the transport, never part of `headers` (so it cannot be logged with them). */
  auth?: { scheme: 'bearer' | 'x-api-key'; secret: Secret };
  body?: unknown;
}

/** What came back: an HTTP answer, or why none did. */
export type HttpResult =
  | { kind: 'answer'; status: number; statusText: string; body: string; latencyMs: number; attempts: number; headers: Record<string, string> }
  | { kind: 'timeout'; latencyMs: number; attempts: number; lastStatus?: number }
  | { kind: 'failed'; message: string; latencyMs: number; attempts: number; connectionRefused?: boolean };

/** Sends requests; the shells give one over the network, the tests one over 127.0.0.1. */
export interface Transport {
  send(request: HttpRequest, budget: { timeoutMs: number }): Promise<HttpResult>;
}
