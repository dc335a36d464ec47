// Builds .tar.gz archives shaped like GitHub's tarball of a commit (what `git archive` writes): a
// pax global header holding the commit id, then every entry under one top folder
// `<owner>-<repo>-<short sha>/`, long names in pax headers. For the tests' and the bench's fake
// GitHub; entry names are written as given, so hostile archives (`../x`, `/etc/x`, links,
// devices) can be built too.
import { gzipSync } from 'node:zlib';

const BLOCK = 512;
const TYPE = { file: '0', hardlink: '1', symlink: '2', char: '3', dir: '5', fifo: '6' };

function octal(n, width) {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

function header({ name, size = 0, type = '0', linkname = '' }) {
  const b = Buffer.alloc(BLOCK);
  b.write(name.slice(0, 100), 0, 'utf8');
  b.write(octal(type === '5' ? 0o755 : 0o644, 8), 100, 'latin1');
  b.write(octal(0, 8), 108, 'latin1');
  b.write(octal(0, 8), 116, 'latin1');
  b.write(octal(size, 12), 124, 'latin1');
  b.write(octal(1700000000, 12), 136, 'latin1');
  b.fill(0x20, 148, 156);
  b.write(type, 156, 'latin1');
  b.write(linkname.slice(0, 100), 157, 'utf8');
  b.write('ustar\0', 257, 'latin1');
  b.write('00', 263, 'latin1');
  let sum = 0;
  for (const x of b) sum += x;
  b.write(octal(sum, 7) + ' ', 148, 'latin1');
  return b;
}

function padded(data) {
  const rest = data.length % BLOCK;
  return rest ? Buffer.concat([data, Buffer.alloc(BLOCK - rest)]) : data;
}

function paxRecord(key, value) {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
  return `${length}${body}`;
}

function pax(type, records) {
  const data = Buffer.from(records.map(([k, v]) => paxRecord(k, v)).join(''), 'utf8');
  return [header({ name: 'pax_global_header', size: data.length, type }), padded(data)];
}

/**
 * The tar bytes of `entries` ({ path, data?, type?: 'file'|'dir'|'symlink'|'hardlink'|'char'|'fifo', linkname? }).
 * `top` (default none) is the folder every path is put under; `commit` goes into the pax global header.
 */
export function tarBytes(entries, { top, commit } = {}) {
  const parts = [];
  if (commit) parts.push(...pax('g', [['comment', commit]]));
  const all = top ? [{ path: `${top}/`, type: 'dir' }, ...entries.map((e) => ({ ...e, path: `${top}/${e.path}` }))] : entries;
  for (const e of all) {
    const data = e.data === undefined ? Buffer.alloc(0) : Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    const type = TYPE[e.type ?? 'file'];
    const name = e.type === 'dir' && !e.path.endsWith('/') ? `${e.path}/` : e.path;
    if (Buffer.byteLength(name) > 100) parts.push(...pax('x', [['path', name]]));
    parts.push(header({ name, size: type === '0' ? data.length : 0, type, linkname: e.linkname ?? '' }));
    if (type === '0' && data.length) parts.push(padded(data));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}

/** tarBytes, gzipped. */
export function tarGz(entries, options = {}) {
  return gzipSync(tarBytes(entries, options), { level: options.level ?? 6 });
}
