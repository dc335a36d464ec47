// Values and environment files for the projects scripts/compose/generate.mjs writes: the
// variables of interest and the values they take, the seeded random source, the project's `.env`,
// `env_file:` files, and the raw (not yet interpolated) value of an environment entry.
import { prng } from '../lib/oracle-kit.mjs';

const MODELS = ['openai/gpt-oss-120b', 'zai-org/GLM-4.7', 'zai-org/GLM-4.7-Flash', 'Qwen/Qwen3-Coder-480B-A35B-Instruct', 'openai/gpt-4o-mini'];
export const LITERALS = {
  DISABLE_THINKING: ['true', 'false', '1', 'True'],
  BIG_MODEL: MODELS,
  MIDDLE_MODEL: MODELS,
  SMALL_MODEL: MODELS,
  OPENAI_API_KEY: ['sk-oracle-0001', 'oracle key with spaces', 'x#y'],
  OPENAI_BASE_URL: ['https://foundation-models.api.cloud.ru/v1', 'http://localhost:4000/v1'],
  LOG_LEVEL: ['INFO', 'debug'],
  PORT: ['8082', '4000'],
  HOST: ['0.0.0.0', 'localhost'],
  REQUEST_TIMEOUT: ['90', '600'],
  TEMPERATURE: ['0.7', '0.25'],
};
export const ENV_KEYS = Object.keys(LITERALS);

/** Variables a `.env` may set for interpolation, with the values it gives them. */
export const INTERP = {
  ORG: ['zai-org', 'openai'],
  MODEL: MODELS,
  TAG: ['latest', 'v1.0.0'],
  REGISTRY: ['ghcr.io', 'docker.io'],
  PROXY_UID: ['1000', '0'],
  PROXY_GID: ['1000', '0'],
  CLOUDRU_API_KEY: ['sk-oracle-0002'],
  BASE_URL: LITERALS.OPENAI_BASE_URL,
  EMPTY_VAR: [''],
};
/** Never set by any generated file: values using them without a default depend on the shell. */
export const UNSET = ['UNSET_MODEL', 'UNSET_TAG'];
/**
 * Every name a generated value may read from the shell (the oracle's probe sets those the .env
 * does not). Not RO: it is only read as `${RO:-false}` by read_only:, which a probe text would
 * make invalid, so values depend on it only through the .env.
 */
export const SHELL_NAMES = [...new Set([...Object.keys(INTERP), ...UNSET, ...ENV_KEYS])];

export const IMAGES = ['ghcr.io/fuergaosi233/claude-code-proxy:latest', 'legard/claude-code-proxy:latest', 'legard/claude-code-proxy:v1.0.0', 'litellm/litellm'];
export const IMAGE_REFS = ['${REGISTRY:-ghcr.io}/fuergaosi233/claude-code-proxy:${TAG:-latest}', 'legard/claude-code-proxy:${TAG}', 'legard/claude-code-proxy:${UNSET_TAG-latest}'];
export const USERS = ['1000:1000', '0', 'root', '${PROXY_UID:-1000}:${PROXY_GID:-1000}', '${PROXY_UID}'];


export class Gen {
  constructor(seed) {
    this.next = prng(seed);
  }
  chance(p) {
    return this.next() < p;
  }
  int(n) {
    return Math.floor(this.next() * n);
  }
  pick(list) {
    return list[this.int(list.length)];
  }
  /** k distinct items of list, in list order. */
  some(list, k) {
    const picked = new Set();
    while (picked.size < Math.min(k, list.length)) picked.add(this.pick(list));
    return list.filter((x) => picked.has(x));
  }
}

// ---- .env and env_file files ----

function envLine(g, key, value, features) {
  const r = g.int(10);
  if (!value.includes('$') && !value.includes("'") && r < 2) return `${key}='${value}'`;
  if (r < 4) {
    features.add('dotenv-double-quoted');
    return `${key}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  }
  if (/^\S(.*\S)?$/.test(value) && !/(^|\s)#/.test(value)) {
    if (r === 4) return `export ${key}=${value}`;
    if (r === 5) return `${key}=${value} # comment`;
    if (r === 6) return `${key}=  ${value}  `;
  }
  return /(^|\s)#/.test(value) || value !== value.trim() || value.includes('"') ? `${key}="${value}"` : `${key}=${value}`;
}

/** The project's `.env`: some interpolation variables and some container variables, in order. */
export function dotenv(p) {
  const { g, features } = p;
  features.add('dotenv');
  const lines = ['# generated'];
  for (const name of g.some(Object.keys(INTERP), 3 + g.int(6))) {
    let value = g.pick(INTERP[name]);
    if (name === 'MODEL' && p.defined.has('ORG') && g.chance(0.5)) {
      value = '${ORG}/GLM-4.7';
      features.add('dotenv-reference');
    } else if (g.chance(0.1)) {
      value = `\${${g.pick(UNSET)}:-${value}}`;
      features.add('dotenv-default');
    }
    lines.push(envLine(g, name, value, features));
    p.defined.add(name);
  }
  if (g.chance(0.3)) lines.push(envLine(g, 'RO', g.pick(['true', 'false']), features));
  for (const key of g.some(ENV_KEYS, g.int(4))) {
    lines.push(envLine(g, key, g.pick(LITERALS[key]), features));
    p.defined.add(key);
  }
  if (g.chance(0.15)) {
    // A name defined twice: the later line wins.
    const key = g.pick([...p.defined]);
    lines.push(envLine(g, key, g.pick(LITERALS[key] ?? INTERP[key]), features));
    features.add('dotenv-repeated');
  }
  return lines.join('\n') + '\n';
}

/** An env_file: container variables; references only to names above it or never set. */
export function envFile(p, name) {
  const { g, features, files } = p;
  if (files[name]) return name;
  const keys = g.some(ENV_KEYS, 1 + g.int(4));
  const lines = [];
  keys.forEach((key, i) => {
    let value = g.pick(LITERALS[key]);
    if (i > 0 && g.chance(0.15)) {
      value = `\${${keys[i - 1]}}`;
      features.add('env_file-reference');
    } else if (g.chance(0.08)) {
      value = `\${${g.pick(UNSET)}}`;
      features.add('env_file-unset');
    } else if (g.chance(0.08)) {
      value = `\${${g.pick(UNSET)}:-${value}}`;
      features.add('env_file-default');
    }
    lines.push(envLine(g, key, value, features));
  });
  files[name] = lines.join('\n') + '\n';
  return name;
}


/** A raw value for an environment variable (what Compose reads before interpolation). */
export function rawValue(p, key, multiline) {
  const { g, features } = p;
  const lit = g.pick(LITERALS[key]);
  const defined = [...p.defined].filter((n) => n in INTERP);
  const ref = () => (defined.length && g.chance(0.75) ? g.pick(defined) : g.pick([...Object.keys(INTERP), ...UNSET]));
  const r = g.int(100);
  if (r < 45) return lit;
  features.add('interpolation');
  if (r < 53) return `\${${ref()}}`;
  if (r < 63) return `\${${ref()}:-${lit}}`;
  if (r < 70) return `\${${g.pick(['EMPTY_VAR', ...UNSET, ref()])}-${lit}}`;
  if (r < 76) return `\${ORG${g.pick(['', ':-zai-org'])}}/${g.pick(['GLM-4.7', 'gpt-oss-120b'])}`;
  if (r < 82) {
    features.add('dollar-literal');
    return g.chance(0.7) ? `${lit}$$x` : `$\${${key}}-${lit}`;
  }
  if (r < 90 && multiline) {
    features.add('multi-line-value');
    return `${lit}\nsecond line`;
  }
  if (r < 95) return `\${${key}:-${lit}}`;
  features.add('unset-reference');
  return `\${${g.pick(UNSET)}}`;
}
