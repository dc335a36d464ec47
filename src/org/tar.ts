/**
 * A small streaming reader of tar archives as `git archive` (and so GitHub's tarball endpoint)
 * writes them: POSIX ustar headers, pax extended headers (`x`, and the global `g` holding the
 * commit id) and GNU long names (`L`, `K`). It verifies every header's checksum, holds only the
 * bodies the caller asks for (everything else is read past), and never writes anything anywhere:
 * what an entry is (a file, a folder, a link, a device) is reported, and the caller decides.
 */

/** A tar that cannot be read: a bad checksum, a truncated body, a header larger than allowed. */
export class TarError extends Error {}

export type TarEntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

export interface TarHeader {
  /** The entry's name as written (pax `path` or GNU long name over the header's). */
  path: string;
  /** false when the name's bytes are not valid UTF-8 (`path` then shows U+FFFD). */
  validName: boolean;
  type: TarEntryType;
  size: number;
  linkname?: string;
}

export interface TarEntry extends TarHeader {
  /** The body, only for entries `keep` asked for. */
  data?: Buffer;
}

const BLOCK = 512;
/** A pax or GNU long-name header larger than this is refused: git writes a few hundred bytes. */
const MAX_META_BYTES = 1024 * 1024;

/** Bytes from an async source, read exactly or skipped, without holding more than one chunk beyond what is asked. */
class ByteReader {
  private bufs: Buffer[] = [];
  private length = 0;
  private ended = false;

  constructor(private readonly source: AsyncIterator<Buffer | Uint8Array | string>) {}

  private async fill(n: number): Promise<boolean> {
    while (this.length < n && !this.ended) {
      const r = await this.source.next();
      if (r.done) this.ended = true;
      else {
        const b = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value as Uint8Array);
        if (b.length) {
          this.bufs.push(b);
          this.length += b.length;
        }
      }
    }
    return this.length >= n;
  }

  /** Exactly `n` bytes; undefined at a clean end (nothing left), TarError when cut short. */
  async read(n: number): Promise<Buffer | undefined> {
    if (!(await this.fill(n))) {
      if (this.length === 0) return undefined;
      throw new TarError('the archive ends in the middle of an entry');
    }
    let out: Buffer;
    if (this.bufs[0].length >= n) {
      out = this.bufs[0].subarray(0, n);
      this.bufs[0] = this.bufs[0].subarray(n);
    } else {
      out = Buffer.allocUnsafe(n);
      let at = 0;
      while (at < n) {
        const b = this.bufs[0];
        const k = Math.min(b.length, n - at);
        b.copy(out, at, 0, k);
        at += k;
        this.bufs[0] = b.subarray(k);
        if (this.bufs[0].length === 0) this.bufs.shift();
      }
    }
    if (this.bufs[0]?.length === 0) this.bufs.shift();
    this.length -= n;
    return out;
  }

  async skip(n: number): Promise<void> {
    while (n > 0) {
      if (this.length === 0 && !(await this.fill(1))) throw new TarError('the archive ends in the middle of an entry');
      const b = this.bufs[0];
      const k = Math.min(b.length, n);
      this.bufs[0] = b.subarray(k);
      if (this.bufs[0].length === 0) this.bufs.shift();
      this.length -= k;
      n -= k;
    }
  }
}

function cString(block: Buffer, start: number, length: number): Buffer {
  const field = block.subarray(start, start + length);
  const nul = field.indexOf(0);
  return nul < 0 ? field : field.subarray(0, nul);
}

/** A numeric field: octal text, or GNU's base-256 (high bit set) for sizes of 8 GiB and more. */
function numberField(block: Buffer, start: number, length: number): number {
  const field = block.subarray(start, start + length);
  if (field[0] & 0x80) {
    let n = 0;
    for (let i = 1; i < field.length; i++) n = n * 256 + field[i];
    return n;
  }
  const text = cString(block, start, length).toString('latin1').trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw new TarError('an entry header holds a number that is not octal');
  return parseInt(text, 8);
}

function checksumOk(block: Buffer): boolean {
  const stored = numberField(block, 148, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : block[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return stored === unsigned || stored === signed;
}

function utf8(bytes: Buffer): { text: string; valid: boolean } {
  const text = bytes.toString('utf8');
  return { text, valid: Buffer.from(text, 'utf8').equals(bytes) };
}

/** pax records, `<length> <key>=<value>\n` each; only the keys an entry's name, link and size need. */
function paxRecords(data: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space < 0) break;
    const length = Number(data.subarray(at, space).toString('latin1'));
    if (!Number.isSafeInteger(length) || length <= space - at || at + length > data.length) throw new TarError('a pax header is malformed');
    const record = data.subarray(space + 1, at + length - 1);
    const eq = record.indexOf(0x3d);
    if (eq > 0) out.set(record.subarray(0, eq).toString('utf8'), record.subarray(eq + 1));
    at += length;
  }
  return out;
}

const TYPES: Record<string, TarEntryType> = { '0': 'file', '\0': 'file', '7': 'file', '5': 'directory', '2': 'symlink', '1': 'hardlink' };

/**
 * The entries of a tar stream in order. `keep` sees each header and says whether to hold its
 * body; bodies it declines are read past, so memory stays at one chunk plus what is kept.
 */
export async function* tarEntries(source: AsyncIterable<Buffer | Uint8Array | string>, keep: (header: TarHeader) => boolean): AsyncGenerator<TarEntry> {
  const reader = new ByteReader(source[Symbol.asyncIterator]());
  let longName: Buffer | undefined;
  let longLink: Buffer | undefined;
  let pax: Map<string, Buffer> | undefined;
  for (;;) {
    const block = await reader.read(BLOCK);
    if (!block) return; // no end-of-archive blocks: git always writes them, but nothing is lost
    if (block.every((b) => b === 0)) return;
    if (!checksumOk(block)) throw new TarError('an entry header has a wrong checksum');
    const flag = String.fromCharCode(block[156]);
    let size = numberField(block, 124, 12);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
      if (size > MAX_META_BYTES) throw new TarError(`a metadata header of ${size} bytes is larger than the ${MAX_META_BYTES} allowed`);
      const data = (await reader.read(padded)) ?? Buffer.alloc(0);
      if (data.length < size) throw new TarError('the archive ends in the middle of an entry');
      const body = data.subarray(0, size);
      if (flag === 'x') pax = paxRecords(body);
      else if (flag === 'L') longName = cString(body, 0, body.length);
      else if (flag === 'K') longLink = cString(body, 0, body.length);
      // 'g': global records (git's is the commit id); none of them changes an entry's name.
      continue;
    }
    const magic = block.subarray(257, 263).toString('latin1');
    let nameBytes = cString(block, 0, 100);
    const prefix = magic === 'ustar\0' ? cString(block, 345, 155) : Buffer.alloc(0);
    if (prefix.length) nameBytes = Buffer.concat([prefix, Buffer.from('/'), nameBytes]);
    nameBytes = pax?.get('path') ?? longName ?? nameBytes;
    const linkBytes = pax?.get('linkpath') ?? longLink ?? cString(block, 157, 100);
    const paxSize = pax?.get('size');
    if (paxSize !== undefined) {
      const n = Number(paxSize.toString('latin1'));
      if (!Number.isSafeInteger(n) || n < 0) throw new TarError('a pax header holds a size that is not a whole number');
      size = n;
    }
    [pax, longName, longLink] = [undefined, undefined, undefined];
    const name = utf8(nameBytes);
    const type = TYPES[flag] ?? 'other';
    const header: TarHeader = { path: name.text, validName: name.valid, type, size: type === 'file' ? size : 0, ...(type === 'symlink' || type === 'hardlink' ? { linkname: utf8(linkBytes).text } : {}) };
    const bodyBytes = Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'file' && keep(header)) {
      const data = size === 0 ? Buffer.alloc(0) : await reader.read(bodyBytes);
      if (!data) throw new TarError('the archive ends in the middle of an entry');
      // A copy: the slice would keep the whole chunk it came from alive.
      yield { ...header, data: Buffer.from(data.subarray(0, size)) };
    } else {
      await reader.skip(bodyBytes);
      yield header;
    }
  }
}
