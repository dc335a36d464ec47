// Generates Compose projects for scripts/compose-oracle.mjs: each one a base compose file, and
// maybe an override, an `extends:` fragment, a `.env` and `env_file:` files, written in the many
// ways a proxy service's settings can be spelled. Seeded: the same seed gives the same projects.
//
// Only what docker-compose 1.29.2 and Compose v2 read alike is generated (see LIMITS).
import { ENV_KEYS, Gen, IMAGE_REFS, IMAGES, LITERALS, USERS, dotenv, envFile, rawValue } from './values.mjs';
import { plainSafe, writeScalar } from './yaml-write.mjs';

export { SHELL_NAMES } from './values.mjs';

/** What is left out on purpose or counted apart, printed with the summary. */
export const LIMITS = [
  'Compose v2-only syntax (1.29.2 does not know it): !reset, !override, include:, env_file entries with path/required, develop, models',
  '.env and env_file dialect where 1.29.2 (python-dotenv 0.21) reads differently from Compose v2, which clawcheck follows: `$` in single quotes (1.29.2 interpolates), unbraced $VAR (1.29.2 keeps it), `$$` (1.29.2 keeps both), ${VAR-default} (1.29.2 does not know it), ${VAR} in an env_file naming a variable of the project .env (1.29.2 does not see it), `\\$` escapes',
  'YAML 1.1 scalars (1.29.2 reads YAML 1.1, clawcheck YAML 1.2): yes/no/on/off, octal 010, sexagesimal 1:30, dates, 1e3, floats with trailing zeros',
  'extends: and env_file: naming files outside the project folder (clawcheck follows them only within the folder)',
  'values depending on a variable neither the .env nor a default sets: clawcheck reports them as unknown (null); counted as unknown by design when Compose\'s value changes with the shell',
];

/** One project: `{ name, files: path → text, layers, features }`. */
function project(g, name) {
  const features = new Set();
  const files = {};
  const p = { g, features, files, defined: new Set(), nested: new Set() };
  if (g.chance(0.75)) files['.env'] = dotenv(p);
  const baseName = g.pick(['compose.yaml', 'docker-compose.yml']);
  const prefix = baseName.startsWith('docker-') ? 'docker-compose' : 'compose';
  const ext = baseName.endsWith('.yml') ? 'yml' : 'yaml';
  const fragment = g.chance(0.35);
  if (fragment) files['docker-compose.common.yml'] = fragmentFile(p);
  files[baseName] = baseFile(p, fragment);
  const layers = [baseName];
  if (g.chance(0.55)) {
    const override = g.chance(0.7) ? `${prefix}.override.${ext}` : `${prefix}.prod.${ext}`;
    features.add(override.includes('override') ? 'override' : 'override-second-f');
    files[override] = overrideFile(p);
    layers.push(override);
  }
  // Now and then a file with CRLF line ends.
  for (const [path, text] of Object.entries(files)) {
    if (!g.chance(0.04)) continue;
    files[path] = text.replace(/\n/g, '\r\n');
    features.add('crlf');
  }
  return { name, files, layers, features: [...features].sort() };
}

export function generateProjects(seed, count) {
  const g = new Gen(seed);
  return Array.from({ length: count }, (_, i) => project(g, `p${String(i).padStart(3, '0')}`));
}

// ---- compose files ----

/** `environment:` lines at `indent` (the key at indent, entries below it). */
function environment(p, indent, anchors) {
  const { g, features } = p;
  const pad = ' '.repeat(indent);
  const keys = g.some(ENV_KEYS, 1 + g.int(5));
  const form = g.int(20);
  if (form < 7) {
    features.add('environment-list');
    const lines = [`${pad}environment:`];
    const items = [];
    for (const key of keys) {
      const r = g.int(20);
      let item;
      if (r === 0 && g.chance(0.05)) {
        // `- |` with the name alone: the name ends with a line break, which 1.29.2 rejects.
        features.add('passthrough-newline');
        lines.push(`${pad}  - |`, `${pad}    ${key}`);
        continue;
      }
      if (r === 0) {
        item = key;
        features.add('list-passthrough');
      } else if (r === 1) item = `${key}=`;
      else item = `${key}=${rawValue(p, key, true)}`;
      items.push(item);
      lines.push(`${pad}  - ${writeScalar(g, item, indent + 2, features, { keepBreak: r !== 0 })}`);
    }
    // A name given twice (the later wins); the same item twice, which Compose rejects, rarely.
    const again = LITERALS[keys[0]].map((v) => `${keys[0]}=${v}`).filter((i) => !items.includes(i));
    if (again.length && g.chance(0.1)) {
      lines.push(`${pad}  - ${g.pick(again)}`);
      features.add('list-repeated');
    } else if (items.length && g.chance(0.01)) {
      lines.push(`${pad}  - ${JSON.stringify(items[items.length - 1])}`);
      features.add('list-duplicate');
    }
    return lines;
  }
  if (form < 9) {
    features.add('environment-flow');
    const entries = keys.map((k) => `${k}: ${JSON.stringify(String(g.pick(LITERALS[k])))}`);
    return [`${pad}environment: {${entries.join(', ')}}`];
  }
  features.add('environment-map');
  const lines = [`${pad}environment:`];
  if (anchors.length && g.chance(0.5)) {
    const used = g.chance(0.5) || anchors.length < 2 ? [g.pick(anchors)] : g.some(anchors, 2);
    lines.push(`${pad}  <<: ${used.length === 1 ? `*${used[0]}` : `[${used.map((a) => `*${a}`).join(', ')}]`}`);
    features.add(used.length === 1 ? 'merge-key' : 'merge-key-list');
    if (used.some((a) => p.nested.has(a))) features.add('merge-key-nested');
  }
  for (const key of keys) lines.push(...mapEntry(p, key, indent + 2));
  return lines;
}

/** One `KEY: value` entry of an environment map, any spelling. */
function mapEntry(p, key, indent) {
  const { g, features } = p;
  const pad = ' '.repeat(indent);
  const k = g.chance(0.1) ? `"${key}"` : key;
  const r = g.int(100);
  if (r < 4) {
    features.add('map-null');
    return [`${pad}${k}:`];
  }
  if (r < 6) return [`${pad}${k}: ""`];
  if (key === 'DISABLE_THINKING' && r < 9) {
    features.add('bare-boolean'); // 1.29.2 rejects the file
    return [`${pad}${k}: ${g.pick(['true', 'false'])}`];
  }
  const raw = rawValue(p, key, true);
  if (/^\d+(\.\d+)?$/.test(raw) && g.chance(0.6)) {
    features.add('bare-number');
    return [`${pad}${k}: ${raw}`];
  }
  return [`${pad}${k}: ${writeScalar(g, raw, indent, features)}`];
}

function envFileLines(p, pad, names) {
  const { g, features } = p;
  const chosen = g.some(names, 1 + g.int(3)).map((n) => envFile(p, n));
  if (chosen.length === 1 && g.chance(0.6)) {
    features.add('env_file-string');
    return [`${pad}env_file: ${chosen[0]}`];
  }
  features.add('env_file-list');
  return [`${pad}env_file:`, ...chosen.map((n) => `${pad}  - ${n}`)];
}

/** A service definition's lines (below its name), at indent 4. */
function serviceBody(p, { image, user = 0.3, readOnly = 0.3, envFile: ef = 0.4, env = 0.85, envFiles, anchors = [], svcAnchor }) {
  const { g, features } = p;
  const pad = '    ';
  const lines = [];
  if (svcAnchor && g.chance(0.5)) {
    lines.push(`${pad}<<: *${svcAnchor}`);
    features.add(p.nestedServiceTemplate ? 'service-merge-key-nested' : 'service-merge-key');
  }
  if (image === true || (image && g.chance(image))) {
    const raw = g.chance(0.25) ? g.pick(IMAGE_REFS) : g.pick(IMAGES);
    lines.push(`${pad}image: ${writeScalar(g, raw, 4, features)}`);
  }
  if (g.chance(user)) {
    const raw = g.pick(USERS);
    lines.push(`${pad}user: ${plainSafe(raw) && g.chance(0.5) ? raw : writeScalar(g, raw, 4, features, { noPlain: true })}`);
  }
  if (g.chance(readOnly)) lines.push(`${pad}read_only: ${g.pick(['true', 'false', '"true"', '"false"', '${RO:-false}'])}`);
  if (g.chance(ef)) lines.push(...envFileLines(p, pad, envFiles));
  if (g.chance(env)) lines.push(...environment(p, 4, anchors));
  return lines;
}

/** `x-` anchors of a file: environment maps (one may merge another) and a service template. */
function anchorBlock(p, tag, withService) {
  const { g, features } = p;
  const lines = [];
  const envAnchors = [];
  const one = (name, mergeOf) => {
    lines.push(`x-${name}: &${name}`);
    if (mergeOf) {
      lines.push(`  <<: *${mergeOf}`);
      p.nested.add(name);
    }
    for (const key of g.some(ENV_KEYS, 1 + g.int(4))) lines.push(...mapEntry(p, key, 2));
    envAnchors.push(name);
  };
  one(`${tag}env-base`);
  if (g.chance(0.5)) one(`${tag}env`, g.chance(0.6) ? `${tag}env-base` : undefined);
  if (g.chance(0.3)) one(`${tag}env-extra`);
  let svcAnchor;
  if (withService && g.chance(0.5)) {
    svcAnchor = `${tag}svc`;
    features.add('service-template');
    // Maybe a template of the template: its settings merged in, some set again.
    const nested = g.chance(0.4);
    const image = g.pick(IMAGES);
    if (nested) {
      lines.push(`x-${tag}svc-base: &${tag}svc-base`, `  image: ${g.pick(IMAGES.filter((i) => i !== image))}`);
      if (g.chance(0.5)) lines.push(`  user: ${g.pick(['root', '"1000:1000"', '"0"'])}`);
      if (g.chance(0.5)) lines.push(`  read_only: ${g.pick(['true', 'false'])}`);
    }
    lines.push(`x-${svcAnchor}: &${svcAnchor}`);
    if (nested) lines.push(`  <<: *${tag}svc-base`);
    if (!nested || g.chance(0.7)) lines.push(`  image: ${image}`);
    if (nested && g.chance(0.4)) lines.push(`  user: ${g.pick(['root', '"1000:1000"', '"0"'])}`);
    if (nested && g.chance(0.4)) lines.push(`  read_only: ${g.pick(['true', 'false'])}`);
    lines.push(...environment(p, 2, envAnchors));
    if (nested) p.nestedServiceTemplate = true;
  }
  return { lines, envAnchors, svcAnchor };
}

function fragmentFile(p) {
  const { g, features } = p;
  features.add('extends-file');
  const a = g.chance(0.3) ? anchorBlock(p, 'frag-', false) : { lines: [], envAnchors: [] };
  const chain = g.chance(0.25);
  const lines = [...a.lines, 'services:', '  base:'];
  if (chain) {
    lines.push('    extends:', '      service: core');
    features.add('extends-chain');
  }
  lines.push(...serviceBody(p, { image: chain ? 0.5 : true, envFiles: ['common.env', 'frag.env'], anchors: a.envAnchors }));
  if (chain) lines.push('  core:', ...serviceBody(p, { image: true, envFiles: ['common.env', 'core.env'] }));
  return lines.join('\n') + '\n';
}

function baseFile(p, fragment) {
  const { g, features } = p;
  const a = g.chance(0.45) ? anchorBlock(p, '', true) : { lines: [], envAnchors: [] };
  const proxy = g.pick(['claude-code-proxy', 'proxy', 'cloudru-proxy']);
  const sameFile = g.chance(0.25);
  const lines = [...a.lines, 'services:'];
  const aliased = g.chance(0.08);
  lines.push(`  ${proxy}:${aliased ? ' &proxy-service' : ''}`);
  const extendsTarget = sameFile ? 'proxy-base' : fragment ? 'base' : undefined;
  if (sameFile) {
    lines.push(g.chance(0.5) ? '    extends: proxy-base' : '    extends:\n      service: proxy-base');
    features.add('extends-same-file');
  } else if (fragment) {
    lines.push(g.chance(0.5) ? '    extends: {file: docker-compose.common.yml, service: base}' : '    extends:\n      file: docker-compose.common.yml\n      service: base');
  }
  const body = { envFiles: ['proxy.env', 'common.env', 'secrets.env'], anchors: a.envAnchors, svcAnchor: a.svcAnchor };
  // Rarely no image anywhere, which Compose rejects.
  const noImage = !extendsTarget && !a.svcAnchor && g.chance(0.015);
  if (noImage) features.add('no-image');
  const own = serviceBody(p, { ...body, image: noImage ? 0 : extendsTarget || a.svcAnchor ? 0.6 : true });
  if (!extendsTarget && a.svcAnchor && !own.some((l) => /^ {4}(image|<<):/.test(l))) {
    own.unshift(`    <<: *${a.svcAnchor}`);
    features.add(p.nestedServiceTemplate ? 'service-merge-key-nested' : 'service-merge-key');
  }
  lines.push(...own);
  if (sameFile) {
    lines.push('  proxy-base:');
    if (fragment) lines.push('    extends:', '      file: docker-compose.common.yml', '      service: base');
    lines.push(...serviceBody(p, { ...body, image: fragment ? 0.5 : true }));
  }
  if (g.chance(0.3)) {
    features.add('second-service');
    lines.push('  litellm:', ...serviceBody(p, { ...body, image: true, user: 0.1, readOnly: 0.1 }));
  }
  if (aliased) {
    features.add('service-alias');
    lines.push('  proxy-mirror: *proxy-service');
  }
  return lines.join('\n') + '\n';
}

function overrideFile(p) {
  const { g, features } = p;
  const a = g.chance(0.2) ? anchorBlock(p, 'ov-', false) : { lines: [], envAnchors: [] };
  const base = Object.entries(p.files).find(([n]) => /^(docker-)?compose\.ya?ml$/.test(n))[1];
  const names = [...base.slice(base.search(/^services:$/m)).matchAll(/^ {2}([a-z-]+):/gm)].map((m) => m[1]).filter((n) => n !== 'proxy-mirror');
  const lines = [...a.lines, 'services:'];
  const body = { image: 0.3, user: 0.2, readOnly: 0.2, envFile: 0.5, env: 0.7, envFiles: ['override.env', 'proxy.env', 'secrets.env'], anchors: a.envAnchors };
  for (const name of g.some(names, 1 + g.int(2))) {
    const service = serviceBody(p, body);
    if (service.some((l) => l.includes('env_file'))) features.add('env_file-in-override');
    lines.push(`  ${name}:`, ...(service.length ? service : ['    read_only: false']));
  }
  if (g.chance(0.15)) {
    features.add('service-only-in-override');
    lines.push('  extra:', ...serviceBody(p, { ...body, image: true }));
  }
  return lines.join('\n') + '\n';
}
