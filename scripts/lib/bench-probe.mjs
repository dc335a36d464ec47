// The probe's figure for `npm run bench`: 20 models behind an OpenAI-compatible fake on
// 127.0.0.1 that answers every request after a fixed latency, probed by the bundled CLI.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

export const PROBE_MODELS = 20;
export const PROBE_CONCURRENCY = 4;
export const PROBE_LATENCY_MS = 200;
const KEY = 'sk-bench-probe-key';

function fake(latencyMs, ids) {
  let requests = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests++;
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        if (req.url === '/v1/models') return res.end(JSON.stringify({ data: ids.map((id) => ({ id })) }));
        const tools = body.includes('"tools"');
        const message = tools ? { content: null, tool_calls: [{ id: '1', type: 'function', function: { name: 'get_time', arguments: '{}' } }] } : { content: 'OK' };
        res.end(JSON.stringify({ choices: [{ message }] }));
      }, latencyMs);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}`, requests: () => requests })));
}

/** Proxy services of three tiers each, naming `n` distinct models in all. */
function composeWith(n) {
  const lines = ['services:'];
  for (let s = 0; s * 3 < n; s++) {
    lines.push(`  proxy-${s}:`, '    image: legard/claude-code-proxy:latest', '    environment:', '      OPENAI_API_KEY: ${CLOUDRU_API_KEY}', '      OPENAI_BASE_URL: ${FM_URL}', '      DISABLE_THINKING: "true"');
    ['BIG_MODEL', 'MIDDLE_MODEL', 'SMALL_MODEL'].forEach((tier, i) => s * 3 + i < n && lines.push(`      ${tier}: bench/model-${s * 3 + i}`));
  }
  return lines.join('\n') + '\n';
}

function runCli(cli, args, cwd, env) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.on('close', (code) => resolve({ code, stdout, wall: performance.now() - started }));
  });
}

/** Rows: wall time of `clawcheck probe --mode completion` against the ideal, and the requests sent. */
export async function probeRows(row, cli, tmp, ms) {
  const dir = join(tmp, 'probe');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'docker-compose.yml'), composeWith(PROBE_MODELS));
  const ids = Array.from({ length: PROBE_MODELS }, (_, i) => `bench/model-${i}`);
  const { server, url, requests } = await fake(PROBE_LATENCY_MS, ids);
  try {
    const env = { CLOUDRU_API_KEY: KEY, FM_URL: `${url}/v1` };
    const base = await runCli(cli, ['--version'], dir, env);
    const before = requests();
    const models = await runCli(cli, ['probe', '--format', 'json'], dir, env);
    const listed = requests() - before;
    const r = await runCli(cli, ['probe', '--mode', 'completion', '--concurrency', String(PROBE_CONCURRENCY), '--max-requests', '100', '--format', 'json'], dir, env);
    const sent = requests() - before - listed;
    const ok = r.code === 0 && JSON.parse(r.stdout).findings.length === 0;
    // The list, then each model's completion and tool call (the second after the first), 4 at a time.
    const rounds = 1 + Math.ceil((2 * PROBE_MODELS) / PROBE_CONCURRENCY);
    const ideal = rounds * PROBE_LATENCY_MS;
    const own = r.wall - base.wall;
    row(`probe: models mode, ${PROBE_MODELS} models`, ms(models.wall), `${listed} request (one GET /models per base URL and key); ${ms(models.wall - base.wall)} beyond starting the CLI`);
    row(`probe: completion mode, ${PROBE_MODELS} models, concurrency ${PROBE_CONCURRENCY}, ${PROBE_LATENCY_MS} ms latency`, ms(r.wall), `${ms(own)} beyond starting the CLI; ideal ${ms(ideal)} = (1 list + ceil(${2 * PROBE_MODELS}/${PROBE_CONCURRENCY})) × ${PROBE_LATENCY_MS} ms, i.e. ceil(${PROBE_MODELS}/${PROBE_CONCURRENCY}) × ${PROBE_LATENCY_MS} ms per request kind; ratio ${(own / ideal).toFixed(2)}x${ok ? '' : '; FINDINGS OR FAILURE'}`);
    row('probe: requests sent', String(sent), `target ${1 + 2 * PROBE_MODELS} (1 list + ${PROBE_MODELS} completions + ${PROBE_MODELS} tool calls), no retries`);
  } finally {
    server.close();
  }
}
