/**
 * Where credentials sit in a text: a source file, a diff, a finding's message. Found by shape
 * (auth headers, token prefixes, long random-looking words, URL passwords, private keys) and
 * by name (the value of a key named like `*_KEY`, `*TOKEN*`, `*SECRET*`, `*PASSWORD*`), in any
 * style a compose file, a `.env`, a git config or a JSON5 file writes them. Every scan is linear
 * in the text: each detector resumes after what it consumed.
 */

/** Characters [start, end) of a text that must never be printed. */
export interface SecretSpan {
  start: number;
  end: number;
}

/** A key whose value is a credential: `OPENAI_API_KEY`, `apiKey`, `GITHUB_TOKEN`, `db-password`, `client_secret`. */
export function isSecretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  return words.some(
    (w, i) =>
      /SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|APIKEY|PRIVATEKEY/.test(w) ||
      // MAX_TOKENS_LIMIT counts tokens; it is not one.
      (w.includes('TOKEN') && w !== 'TOKENS') ||
      // `*_KEY`: a bare `key:` is a generic field name.
      (i > 0 && (w === 'KEY' || w === 'KEYS')),
  );
}

/** A value that names where the secret comes from rather than holding it: `${VAR}`, `$VAR`, empty. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  return v === '' || v === 'null' || v === '~' || /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(v);
}

/** Prefix (kept, it names the kind of credential) and secret part, by shape. */
const SHAPES: RegExp[] = [
  /\b(gh[pousr]_)([A-Za-z0-9]{16,})/g,
  /\b(github_pat_)([A-Za-z0-9_]{16,})/g,
  /\b((?:sk|rk)_(?:live|test)_)([A-Za-z0-9]{10,})/g,
  /\b(sk-)([A-Za-z0-9_-]{16,})/g,
  /\b(npm_)([A-Za-z0-9]{30,})/g,
  /\b(xox[abposr]-)([A-Za-z0-9-]{10,})/g,
  /\b(A(?:KIA|SIA|GPA|IDA|ROA|NPA|NVA|IPA))([A-Z0-9]{16})\b/g,
  /\b(AIza)([0-9A-Za-z_-]{30,})/g,
  /\b(eyJ)([A-Za-z0-9_-]{17,}(?:\.[A-Za-z0-9_=-]+)*)/g,
  // `Authorization: Basic …` (git's `http.extraheader`, curl, .npmrc) and a bare `Bearer …`.
  /\b((?:proxy-)?authorization["']?[ \t]*[:=][ \t]*["']?(?:(?:basic|bearer|token|digest|negotiate|ntlm|apikey)[ \t]+)?)([^\s"'`,;]+)/gi,
  /\b(bearer[ \t]+)([A-Za-z0-9._~+/-]{12,}=*)/gi,
  // `https://user:password@host`: the password.
  /\b([a-z][a-z0-9+.-]*:\/\/[^\s/@:"'`]*:)([^\s/@"'`]+)(?=@)/gi,
];

/** A word of base64/hex characters (`+/=_-` included): a candidate blob. */
const WORD = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/=_-]{24,}/g;
/** Content digests (`@sha256:…`) name public content; they are not secrets. */
const DIGEST_BEFORE = /(?:sha1|sha256|sha384|sha512):$/i;

/**
 * A random-looking word: a run of 20+ letters and digits without separators, mixing both and
 * switching between letters, digits and case often. Model ids (`Qwen3-Coder-480B-A35B`), UUIDs
 * and paths have separators every few characters; words and identifiers rarely switch class.
 */
function looksRandom(word: string): boolean {
  for (const run of word.split(/[+/=_-]+/)) {
    if (run.length < 20 || !/[0-9]/.test(run) || !/[A-Za-z]/.test(run)) continue;
    let switches = 0;
    for (let i = 1; i < run.length; i++) if (classOf(run.charCodeAt(i)) !== classOf(run.charCodeAt(i - 1))) switches++;
    if (switches >= 4) return true;
  }
  return false;
}

function classOf(c: number): number {
  return c >= 48 && c <= 57 ? 0 : c >= 97 && c <= 122 ? 1 : 2;
}

/** A key and its separator: `KEY=`, `KEY: `, `"apiKey": `, `- 'OPENAI_API_KEY=`, `password = `. */
const KEY = /(?<![A-Za-z0-9_$./-])(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\1[ \t]*(=|:(?!\/\/))[ \t]*/g;

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineEndOf(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

/** Offset of the quote closing the one at `open` (backslash escapes, doubled quotes); the text's end if none. */
function closingQuote(text: string, open: number): number {
  const q = text[open];
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === q) {
      if (text[i + 1] === q) i++;
      else return i;
    }
  }
  return text.length;
}

/** End of the lines after `from` indented deeper than `column` (blank lines included): a block or continued scalar. */
function deeperLinesEnd(text: string, from: number, column: number): number {
  let end = from;
  let pos = from;
  while (pos < text.length) {
    const next = lineEndOf(text, pos);
    const line = text.slice(pos, next);
    const indent = line.length - line.trimStart().length;
    if (line.trim() !== '') {
      if (indent <= column) break;
      end = next;
    }
    pos = next + 1;
  }
  return end;
}

/** The value after a secret-named key, as a span (empty when it is a collection, a placeholder or absent). */
function valueSpan(text: string, keyStart: number, valueStart: number, separator: string): SecretSpan | undefined {
  const lineStart = lineStartOf(text, keyStart);
  const lineEnd = lineEndOf(text, valueStart);
  const column = keyStart - lineStart;
  const opener = text[keyStart - 1];
  const c = text[valueStart];
  let span: SecretSpan;
  if (separator === '=' && (opener === '"' || opener === "'")) {
    // `- "OPENAI_API_KEY=…"`: the quote before the key closes the value.
    span = { start: valueStart, end: closingQuote(text, keyStart - 1) };
  } else if (c === '"' || c === "'") {
    span = { start: valueStart + 1, end: closingQuote(text, valueStart) };
  } else if (c === '{' || c === '[') {
    return undefined;
  } else {
    let rest = text.slice(valueStart, lineEnd);
    const comment = /(^|[ \t])#/.exec(rest);
    if (comment) rest = rest.slice(0, comment.index);
    const before = text.slice(lineStart, keyStart);
    if (/[{[]/.test(before)) rest = rest.split(/[,}\]]/)[0];
    rest = rest.replace(/\s+$/, '');
    if (/^[|>][1-9+-]*$/.test(rest)) {
      // A YAML block scalar: the deeper lines that follow.
      const next = Math.min(text.length, lineEnd + 1);
      return { start: next, end: deeperLinesEnd(text, next, column) };
    }
    let end = valueStart + rest.length;
    // A plain YAML scalar may go on over deeper lines.
    if (separator === ':' && rest !== '' && !rest.endsWith(',') && !/[{[]/.test(before)) {
      end = Math.max(end, deeperLinesEnd(text, Math.min(text.length, lineEnd + 1), column));
    }
    span = { start: valueStart, end };
  }
  return isPlaceholder(text.slice(span.start, span.end)) ? undefined : span;
}

function namedValues(text: string, out: SecretSpan[]): void {
  KEY.lastIndex = 0;
  for (let m = KEY.exec(text); m; m = KEY.exec(text)) {
    if (!isSecretName(m[2])) continue;
    const keyStart = m.index + m[1].length;
    const span = valueSpan(text, keyStart, m.index + m[0].length, m[3]);
    if (!span) continue;
    out.push(span);
    // Resume after the value: what it holds is redacted already, and no text is scanned twice.
    KEY.lastIndex = Math.max(KEY.lastIndex, span.end);
  }
}

function shapes(text: string, out: SecretSpan[]): void {
  const found: SecretSpan[] = [];
  for (const re of SHAPES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + m[1].length;
      found.push({ start, end: start + m[2].length });
    }
  }
  found.sort((a, b) => a.start - b.start);
  out.push(...found);
  // A blob that holds a shaped secret is left to the shape, which keeps its label (`ghp_`).
  let next = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const end = m.index + m[0].length;
    while (next < found.length && found[next].end <= m.index) next++;
    if (next < found.length && found[next].start < end) continue;
    if (DIGEST_BEFORE.test(text.slice(Math.max(0, m.index - 7), m.index))) continue;
    if (looksRandom(m[0])) out.push({ start: m.index, end });
  }
}

/** The body of a PEM private key, BEGIN and END lines kept. */
function privateKeys(text: string, out: SecretSpan[]): void {
  const begin = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/g;
  for (let m = begin.exec(text); m; m = begin.exec(text)) {
    const start = m.index + m[0].length;
    const endAt = text.indexOf('-----END', start);
    const end = endAt < 0 ? text.length : endAt;
    out.push({ start, end });
    begin.lastIndex = end;
  }
}

/** Sorted, overlapping and touching spans merged. */
function merged(spans: SecretSpan[]): SecretSpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: SecretSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Every secret in `text`, sorted and disjoint. */
export function findSecrets(text: string): SecretSpan[] {
  const out: SecretSpan[] = [];
  privateKeys(text, out);
  shapes(text, out);
  namedValues(text, out);
  return merged(out);
}

const recent = new Map<string, SecretSpan[]>();
const RECENT_TEXTS = 8;

/** `findSecrets` for a file's text, remembered for the last few texts (reporters ask per finding). */
export function secretsOf(text: string): SecretSpan[] {
  let spans = recent.get(text);
  if (!spans) {
    spans = findSecrets(text);
    if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value!);
    recent.set(text, spans);
  }
  return spans;
}
