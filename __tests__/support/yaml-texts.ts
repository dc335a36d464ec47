/**
 * Generated YAML texts for comparing parseYaml's fast path with the full parser: block maps and
 * sequences at odd indents, compact maps in sequences, empty values, comments at every column
 * and blank lines between and after items (where yaml's parser decides how far a collection
 * reaches), quoted scalars with escapes, flow collections, anchors, aliases, merge keys,
 * several documents, CRLF, and small mutations that break any of it.
 */

/** mulberry32, as scripts/lib/gen-corpus.mjs: the same seed gives the same texts. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

type Rng = ReturnType<typeof prng>;

const WORDS = ['a', 'web', 'image', 'x-y', '1', '0x1F', '0o17', '-3', '+4', '1.5', '.5', '1e3', '.inf', '-.Inf', '.nan', 'true', 'False', 'null', '~', 'yes', 'a:b', 'a#b', '-x', 'http://h:80/p', 'a b', '${X:-y}', 'a,b', 'a]', 'x[1]', '3.', '007', '-0', '1_000', 'é', "a'b", 'a"b'];
const ODD = ['{a}', '::', 'a:', '-', '?', ':', '%x', '@x', '`x', '!t', '&a', '*a', '|', '>', '<<', '#'];
const QUOTED = ['""', "''", '"a b"', "'it''s'", '"a: b # c"', '"\\x41\\n"', '"\\u00e9"', '"\\U0001F600"', "'x'", '"1"', '"\\\\"', '"\\""'];
const BAD_QUOTED = ['"\\q"', '"\\"', "'", '"a', '"\\x4"'];

export class YamlTexts {
  private out: string[] = [];
  private names: string[] = [];
  private maps: string[] = [];
  private clean = true;

  constructor(private readonly r: Rng) {}

  /** One text: a document or several, maybe CRLF, maybe mutated. */
  text(): string {
    const { r } = this;
    this.clean = r.chance(0.6);
    let text = r.chance(0.3) ? this.composeLike() : this.document();
    if (r.chance(0.15)) text = '---\n' + text;
    while (r.chance(0.2)) text += r.pick(['\n---\n', '\n--- # c\n', '\n...\n---\n', '\n---\n\n# x\n']) + this.document();
    text += r.chance(0.8) ? '\n' : '';
    if (r.chance(0.1)) text = text.replace(/\n/g, '\r\n');
    return r.chance(this.clean ? 0.2 : 0.5) ? this.mutate(text) : text;
  }

  private document(): string {
    this.reset();
    if (this.r.chance(0.2)) this.out.push('# head');
    this.block(0, 0, this.r.chance(0.1) ? 'seq' : 'map');
    return this.out.join('\n');
  }

  /** x- blocks anchored and merged into services, as compose files share settings. */
  private composeLike(): string {
    const { r } = this;
    this.reset();
    const anchors: string[] = [];
    for (let i = r.int(1, 3); i > 0; i--) {
      const name = `${r.pick(['base', 'env', 'common'])}${i}`;
      this.out.push(`x-${name}: &${name}`);
      this.extras(2);
      if (anchors.length && r.chance(0.3)) this.out.push(`  <<: *${anchors[0]}`);
      this.block(2, 2, 'map');
      anchors.push(name);
    }
    this.out.push('services:');
    for (let i = r.int(1, 3); i > 0; i--) {
      this.extras(2);
      this.out.push(`  svc${i}:`);
      if (r.chance(0.7)) this.out.push(`    <<: ${r.chance(0.7) ? '*' + r.pick(anchors) : '[' + anchors.map((a) => '*' + a).join(', ') + ']'}${this.trail()}`);
      this.out.push(`    image: ${this.plain()}${this.trail()}`);
      if (r.chance(0.5)) {
        this.out.push('    environment:');
        if (r.chance(0.6)) this.out.push(`      <<: *${r.pick(anchors)}`);
        this.block(6, 3, 'map');
      }
      if (r.chance(0.3)) this.out.push(`    x: *${r.pick(anchors)}`);
      this.extras(4);
    }
    return this.out.join('\n');
  }

  private reset(): void {
    this.out = [];
    this.names = [];
    this.maps = [];
  }

  private plain(): string {
    return this.r.pick(this.clean || this.r.chance(0.7) ? WORDS : ODD);
  }

  private quoted(): string {
    return this.r.pick(this.clean || this.r.chance(0.7) ? QUOTED : BAD_QUOTED);
  }

  private flow(depth = 0): string {
    const { r } = this;
    if (depth > 2 || r.chance(0.3)) return r.chance(0.5) ? this.plain() : this.quoted();
    const items = Array.from({ length: r.int(0, 3) }, () => this.flow(depth + 1));
    if (r.chance(0.5)) return `[${items.join(r.pick([', ', ',', ' , ']))}${!this.clean && r.chance(0.1) ? ',' : ''}]`;
    const colon = () => (this.clean ? ': ' : r.pick([': ', ':', ' : ']));
    return `{${items.map((v) => `${r.chance(0.7) ? this.plain() : this.quoted()}${colon()}${v}`).join(', ')}}`;
  }

  private anchor(): string {
    const name = this.r.pick(['a', 'b', 'base', 'x.y', 'e-1']);
    this.names.push(name);
    return name;
  }

  private alias(maps = false): string {
    const pool = maps && this.maps.length ? this.maps : this.names;
    return pool.length && this.r.chance(0.9) ? this.r.pick(pool) : 'zz';
  }

  private value(): string {
    const x = this.r.next();
    if (x < 0.06) return `&${this.anchor()} ${this.r.chance(0.5) ? this.plain() : this.flow()}`;
    if (x < 0.12) return `*${this.alias()}`;
    return x < 0.55 ? this.plain() : x < 0.8 ? this.quoted() : this.flow();
  }

  private trail(): string {
    return this.r.pick(['', '', '', '', '', '   ', ' # c', ' # c', '#c']);
  }

  /** Blank lines and comments at columns around `column`. */
  private extras(column: number): void {
    while (this.r.chance(0.25)) {
      this.out.push(this.r.chance(0.5) ? ' '.repeat(this.r.int(0, 3)) : ' '.repeat(Math.max(0, column + this.r.int(-4, 4))) + '# note');
    }
  }

  private block(column: number, depth: number, kind: 'map' | 'seq'): void {
    const { r } = this;
    const pad = ' '.repeat(column);
    const keys = new Set<string>();
    for (let i = r.int(1, 4); i > 0; i--) {
      this.extras(column);
      if (kind === 'seq') {
        if (depth < 4 && r.chance(0.3)) {
          const sp = r.int(1, 3);
          const inner = column + 1 + sp;
          if (r.chance(0.6)) this.out.push(`${pad}-${' '.repeat(sp)}${this.plain()}: ${this.value()}${this.trail()}`);
          else {
            this.out.push(`${pad}-${' '.repeat(sp)}${this.plain()}:${this.trail()}`);
            if (r.chance(0.7)) this.block(inner + r.int(-1, 3), depth + 1, r.chance(0.3) ? 'seq' : 'map');
          }
          if (r.chance(0.5)) {
            this.extras(inner);
            this.out.push(`${' '.repeat(inner + (r.chance(0.1) ? 1 : 0))}${this.plain()}: ${this.value()}${this.trail()}`);
          }
        } else this.out.push(`${pad}- ${this.value()}${this.trail()}`);
        continue;
      }
      let key = r.chance(0.8) ? this.plain() : this.quoted();
      if (keys.has(key) && r.chance(0.9)) key += i;
      keys.add(key);
      if (depth < 4 && r.chance(0.4)) {
        const sub = r.chance(0.35) ? 'seq' : 'map';
        let anchored = '';
        if (r.chance(0.3)) {
          anchored = ` &${this.anchor()}`;
          if (sub === 'map') this.maps.push(this.names[this.names.length - 1]);
        }
        this.out.push(`${pad}${key}:${anchored}${this.trail()}`);
        if (r.chance(0.9)) this.block(column + (sub === 'seq' && r.chance(0.3) ? 0 : r.int(1, 4)), depth + 1, sub);
      } else if (r.chance(0.15)) this.out.push(`${pad}${key}:${this.trail()}`);
      else if (r.chance(0.15)) {
        const merged = r.chance(0.6) ? `*${this.alias(true)}` : `[${Array.from({ length: r.int(1, 3) }, () => `*${this.alias(true)}`).join(r.pick([', ', ',', ' ,']))}]`;
        this.out.push(`${pad}<<: ${merged}${this.trail()}`);
      } else this.out.push(`${pad}${key}: ${this.value()}${this.trail()}`);
    }
    this.extras(column);
  }

  private mutate(text: string): string {
    const { r } = this;
    for (let n = r.int(1, 2); n > 0; n--) {
      const p = r.int(0, text.length);
      const piece = r.pick([' ', '\n', '#', ':', '-', "'", '"', '[', ']', '{', '}', ',', 'a', '\\', '  ', '\r\n', '---\n', '--- ', '...\n', '&x ', '*x', '<<: ', '\t', '|']);
      const x = r.next();
      text = x < 0.4 ? text.slice(0, p) + piece + text.slice(p) : x < 0.7 ? text.slice(0, p) + text.slice(p + 1) : text.slice(0, p) + piece + text.slice(p + 1);
    }
    return text;
  }
}
