// Small hostile inputs for `npm run bench`: each case writes a tree whose cost used to grow faster
// than its size (or crashed). The tests bound the same inputs by operation counts; this measures
// them as whole CLI runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PROXY = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n';
/** A compose file whose proxy sets BIG_MODEL to `value`, single-quoted (nothing to escape but `'`). */
const composeValue = (value) => `${PROXY}    environment:\n      BIG_MODEL: '${value.replace(/'/g, "''")}'\n`;
const dotenvValue = (value) => ({ '.env': `BIG_MODEL=${value}\n`, 'docker-compose.yml': `${PROXY}    environment:\n      BIG_MODEL: \${BIG_MODEL}\n` });

function extendsChain(n) {
  const lines = ['services:'];
  for (let i = 0; i < n; i++) lines.push(`  s${i}:`, '    image: busybox', `    environment: {V${i}: "${i}"}`, ...(i ? [`    extends: s${i - 1}`] : []));
  lines.push('  claude-code-proxy:', '    image: legard/claude-code-proxy:latest', `    extends: s${n - 1}`, '');
  return { 'docker-compose.yml': lines.join('\n') };
}

function extendsFiles(n) {
  const files = { 'docker-compose.yml': `${PROXY}    extends: {file: docker-compose.0.yml, service: s}\n` };
  for (let i = 0; i < n; i++) {
    files[`docker-compose.${i}.yml`] = `services:\n  s:\n    image: busybox\n${i + 1 < n ? `    extends: {file: docker-compose.${i + 1}.yml, service: s}\n` : ''}`;
  }
  return files;
}

/** 30 lines, each doubling the one above: 2^30 characters once expanded. */
function dotenvDoubling() {
  const lines = ['A0=' + 'x'.repeat(32)];
  for (let i = 1; i <= 30; i++) lines.push(`A${i}=\${A${i - 1}}\${A${i - 1}}`);
  lines.push('BIG_MODEL=${A30}');
  return { '.env': lines.join('\n') + '\n', 'docker-compose.yml': `${PROXY}    env_file: .env\n` };
}

function laughs() {
  const lines = ['x-l0: &l0 "lol"'];
  for (let i = 1; i <= 9; i++) lines.push(`x-l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
  return { 'docker-compose.yml': [...lines, PROXY.trimEnd(), '    read_only: true', ''].join('\n') };
}

const KB = 1024;

/** name → { files, note, target (ms) } */
export const hostileCases = {
  'value "${${${…" 100 KiB': () => ({ files: { 'docker-compose.yml': composeValue('${'.repeat(50 * KB)) }, target: 1000 }),
  'value "${${${…" 400 KiB': () => ({ files: { 'docker-compose.yml': composeValue('${'.repeat(200 * KB)) }, target: 1000 }),
  'value "${X:?${X:?…" 400 KiB': () => ({ files: { 'docker-compose.yml': composeValue('${X:?'.repeat(80 * KB)) }, target: 1000 }),
  'value "${A:-${A:-…x}}…" 400 KiB': () => ({ files: { 'docker-compose.yml': composeValue('${A:-'.repeat(66 * KB) + 'x' + '}'.repeat(66 * KB)) }, target: 1000 }),
  'value "$${$${…" 400 KiB': () => ({ files: { 'docker-compose.yml': composeValue('$${'.repeat(133 * KB)) }, target: 1000 }),
  'value "$$$$…" 400 KiB': () => ({ files: { 'docker-compose.yml': composeValue('$'.repeat(400 * KB)) }, target: 1000 }),
  '.env value "${${${…" 400 KiB': () => ({ files: dotenvValue('${'.repeat(200 * KB)), target: 1000 }),
  '.env value with 400 KiB of inner blanks': () => ({ files: { '.env': `BIG_MODEL=a${' '.repeat(400 * KB)}b\n`, 'docker-compose.yml': `${PROXY}    env_file: .env\n` }, target: 1000 }),
  '.env doubling 30 times (2^30 chars)': () => ({ files: dotenvDoubling(), target: 1000 }),
  'extends: chain of 1 000 services': () => ({ files: extendsChain(1000), target: 1500 }),
  'extends: chain of 5 000 services': () => ({ files: extendsChain(5000), target: 4000 }),
  'extends: chain over 300 files': () => ({ files: extendsFiles(300), target: 2000 }),
  // Moved here from the tests' former wall-clock assertions.
  '100 000 labels (5 MB), maxFileSize raised': () => ({
    files: {
      'docker-compose.yml': `${PROXY}    user: "1000"\n    labels:\n${Array.from({ length: 100_000 }, (_, i) => `      l${i}: "${'v'.repeat(40)}"`).join('\n')}\n`,
      '.clawcheck.yml': 'maxFileSize: 8000000\n',
    },
    target: 15000,
  }),
  '100 001 keys, one duplicate': () => ({
    files: { 'docker-compose.yml': `x-many:\n${Array.from({ length: 100_000 }, (_, i) => `  k${i}: 1`).join('\n')}\n  k5: 2\n`, '.clawcheck.yml': 'maxFileSize: 8000000\n' },
    target: 5000,
  }),
  'alias bomb (9^9 leaves)': () => ({ files: laughs(), target: 5000 }),
  'alias bomb inside a service (40^40 nodes)': () => {
    const lines = ['x-w0: &w0 {k: v}'];
    for (let i = 1; i < 40; i++) lines.push(`x-w${i}: &w${i} {${Array.from({ length: 40 }, (_, j) => `k${j}: *w${i - 1}`).join(', ')}}`);
    lines.push('services:', '  claude-code-proxy:', '    image: legard/claude-code-proxy:latest', '    labels: *w39', '');
    return { files: { 'docker-compose.yml': lines.join('\n') }, target: 5000 };
  },
  '30 000 aliases of one anchor': () => ({ files: { 'docker-compose.yml': `x-a: &a 1\nx-b:\n${'  - *a\n'.repeat(30_000)}` }, target: 3000 }),
  '10 000 schema errors': () => ({ files: { 'docker-compose.yml': `services:\n${Array.from({ length: 10_000 }, (_, i) => `  s${i}:\n    environment: 5\n`).join('')}` }, target: 10000 }),
};

export function writeTree(root, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
