/**
 * A strict XML 1.0 reader for the documents clawcheck writes (no XML parser is among the
 * dependencies): an XML declaration, elements, attributes, character data and the predefined
 * and numeric references. Anything not well-formed throws: an unclosed or mismatched tag, a
 * raw `<` or a bare `&`, a duplicate attribute, a character XML 1.0 forbids (also as `&#…;`),
 * text outside the root. Comments, CDATA, processing instructions and DTDs are refused too.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Character data directly inside, references resolved. */
  text: string;
}

const NAME = /^[A-Za-z_][A-Za-z0-9._-]*/;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function allowed(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

export function parseXml(xml: string): XmlElement {
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`not well-formed XML at offset ${at}: ${why}`);
  };
  // A lone surrogate is a code point of its own to for...of, so this refuses it too.
  for (const ch of xml) if (!allowed(ch.codePointAt(0)!)) fail(`character U+${ch.codePointAt(0)!.toString(16)} is not allowed`);

  const space = (): void => {
    while (/[ \t\r\n]/.test(xml[at] ?? '')) at++;
  };
  const name = (): string => {
    const m = NAME.exec(xml.slice(at));
    if (!m) fail('a name was expected');
    at += m![0].length;
    return m![0];
  };
  /** Character data up to `end` (a `<`, or the closing quote), references resolved. */
  const chars = (end: string, attribute: boolean): string => {
    let out = '';
    while (at < xml.length && xml[at] !== end) {
      const ch = xml[at];
      if (ch === '<') fail('a raw "<"');
      if (ch === '&') {
        const m = /^&(?:([A-Za-z]+)|#([0-9]+)|#x([0-9A-Fa-f]+));/.exec(xml.slice(at));
        if (!m) fail('a bare "&"');
        let value: string;
        if (m![1] !== undefined) {
          if (!Object.hasOwn(PREDEFINED, m![1])) fail(`unknown entity &${m![1]};`);
          value = PREDEFINED[m![1]];
        } else {
          const cp = parseInt(m![2] ?? m![3], m![2] !== undefined ? 10 : 16);
          if (!allowed(cp)) fail(`a reference to a character XML does not allow (${m![0]})`);
          value = String.fromCodePoint(cp);
        }
        out += value;
        at += m![0].length;
        continue;
      }
      if (!attribute && xml.startsWith(']]>', at)) fail('"]]>" in character data');
      // Attribute-value normalization: a literal tab or line break reads as a space.
      out += attribute && /[\t\n\r]/.test(ch) ? ' ' : ch;
      at++;
    }
    return out;
  };
  const element = (): XmlElement => {
    if (xml[at] !== '<') fail('"<" expected');
    at++;
    const el: XmlElement = { name: name(), attributes: {}, children: [], text: '' };
    for (;;) {
      const before = at;
      space();
      if (xml.startsWith('/>', at)) {
        at += 2;
        return el;
      }
      if (xml[at] === '>') {
        at++;
        break;
      }
      if (at === before) fail('space expected before an attribute');
      const key = name();
      if (key in el.attributes) fail(`duplicate attribute ${key}`);
      space();
      if (xml[at] !== '=') fail('"=" expected');
      at++;
      space();
      const quote = xml[at];
      if (quote !== '"' && quote !== "'") fail('a quoted value expected');
      at++;
      el.attributes[key] = chars(quote, true);
      if (xml[at] !== quote) fail('unterminated attribute value');
      at++;
    }
    for (;;) {
      el.text += chars('<', false);
      if (at >= xml.length) fail(`<${el.name}> is not closed`);
      if (xml.startsWith('</', at)) {
        at += 2;
        const closing = name();
        if (closing !== el.name) fail(`</${closing}> closes <${el.name}>`);
        space();
        if (xml[at] !== '>') fail('">" expected');
        at++;
        return el;
      }
      if (/^<[!?]/.test(xml.slice(at))) fail('comments, CDATA, DTDs and processing instructions are not expected');
      el.children.push(element());
    }
  };

  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>/.exec(xml);
  if (declaration) at = declaration[0].length;
  space();
  const root = element();
  space();
  if (at !== xml.length) fail('content after the root element');
  return root;
}
