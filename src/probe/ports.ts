// Where a proxy service can be reached from the machine that runs Compose: a port it publishes
// on an address that loopback reaches (127.0.0.1, or every address).
import { interpolate } from '../compose/interpolate.js';
import { locateScalar } from '../compose/located-string.js';
import type { ComposeService } from '../compose/project.js';
import { entry, get } from '../parse/tree.js';
import type { LocatedNode } from '../parse/tree.js';
import type { Site } from './types.js';

/** The proxy's port inside the container when PORT does not say. */
export const PROXY_PORT = 8082;

const LOOPBACK_REACHABLE = new Set(['', '0.0.0.0', '127.0.0.1', 'localhost', '::', '::1']);

export interface PublishedPort {
  host: string;
  published?: number;
  target: number;
}

/** `[[host:]published:]target[/protocol]`, as Compose's short syntax; undefined for ranges and what is not a port. */
export function parsePortSpec(spec: string): PublishedPort | undefined {
  const s = spec.trim().replace(/\/(tcp|udp|sctp)$/i, '');
  if (/\/(udp|sctp)$/i.test(spec.trim())) return undefined;
  let host = '';
  let rest = s;
  const bracket = /^\[([^\]]*)\]:(.*)$/.exec(s);
  if (bracket) [, host, rest] = bracket;
  const parts = rest.split(':');
  if (!bracket && parts.length === 3) host = parts.shift()!;
  else if (!bracket && parts.length > 3) return undefined;
  const port = (p: string | undefined) => (p !== undefined && /^\d{1,5}$/.test(p) && Number(p) > 0 && Number(p) < 65536 ? Number(p) : undefined);
  const target = port(parts[parts.length - 1]);
  if (target === undefined) return undefined;
  if (parts.length === 1) return { host, target };
  const published = port(parts[0]);
  return parts[0] === '' || published !== undefined ? { host, ...(published !== undefined ? { published } : {}), target } : undefined;
}

function portsOf(node: LocatedNode, service: ComposeService, file: Parameters<typeof locateScalar>[0]): Array<{ port: PublishedPort; site: Site }> {
  const out: Array<{ port: PublishedPort; site: Site }> = [];
  if (node.kind !== 'seq') return out;
  for (const item of node.items) {
    if (item.kind === 'scalar' && (typeof item.value === 'string' || typeof item.value === 'number')) {
      const { value, references } = interpolate(locateScalar(file, item), service.lookup);
      const port = value ? parsePortSpec(value.value) : undefined;
      if (value && port) out.push({ port, site: { value, references, label: 'ports' } });
    } else if (item.kind === 'map') {
      const num = (n: LocatedNode | undefined) => (n?.kind === 'scalar' && /^\d{1,5}$/.test(String(n.value)) ? Number(n.value) : undefined);
      const target = num(get(item, 'target'));
      const published = num(get(item, 'published'));
      const hostNode = get(item, 'host_ip');
      const protocol = get(item, 'protocol');
      if (target === undefined || (protocol?.kind === 'scalar' && protocol.value !== 'tcp')) continue;
      const at = get(item, 'published') ?? item;
      const value = at.kind === 'scalar' ? locateScalar(file, at) : { value: '', spans: [], file, range: at.range };
      out.push({ port: { host: hostNode?.kind === 'scalar' ? String(hostNode.value) : '', ...(published !== undefined ? { published } : {}), target }, site: { value, references: [], label: 'ports' } });
    }
  }
  return out;
}

/** `http://127.0.0.1:<port>` when the service publishes the proxy's port where loopback reaches it. */
export function proxyPublishedUrl(service: ComposeService): { url: string; site: Site } | undefined {
  const configured = Number(service.env.get('PORT')?.value?.value);
  const inside = Number.isInteger(configured) && configured > 0 ? configured : PROXY_PORT;
  // Compose appends the ports of override files to the base's: every definition counts.
  for (const def of service.definitions) {
    const e = entry(def.node, 'ports');
    if (!e) continue;
    for (const { port, site } of portsOf(e.value, service, def.file)) {
      if (port.target !== inside || port.published === undefined) continue;
      if (!LOOPBACK_REACHABLE.has(port.host.toLowerCase())) continue;
      return { url: `http://127.0.0.1:${port.published}`, site };
    }
  }
  return undefined;
}
