// The table `clawcheck probe` prints under its findings: every request, where it is configured,
// what answered and how fast.
import { redactText } from '../core/redact.js';
import type { ProbeRecord } from '../core/result.js';
import { escapeControl } from './terminal-text.js';
import type { Paint } from './terminal-text.js';

const HEADERS = ['where', 'target', 'model', 'request', 'status', 'latency', 'result'];

export function probeRows(probes: ProbeRecord[]): string[][] {
  return probes.map((p) => [
    `${p.file}:${p.line}`,
    p.baseUrl || '-',
    p.model || '-',
    p.mode,
    p.status === null ? '-' : String(p.status),
    p.latencyMs === null ? '-' : `${p.latencyMs} ms`,
    p.outcome,
  ].map((c) => escapeControl(redactText(c))));
}

export function probeTable(probes: ProbeRecord[], paint: Paint): string {
  const rows = probeRows(probes);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  const body = rows.map((r) => {
    const text = line(r);
    const outcome = r[r.length - 1];
    return outcome === 'ok' ? text : paint(outcome === 'model-no-tools' || outcome === 'probe-skipped' ? 'yellow' : 'red', text);
  });
  return [paint('bold', line(HEADERS)), ...body].join('\n');
}
