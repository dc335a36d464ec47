import { SourceFile } from '../../src/core/source.js';
import type { FileKind } from '../../src/core/source.js';
import type { Finding } from '../../src/core/finding.js';
import { parseYaml } from '../../src/parse/yaml.js';
import { parseJson5 } from '../../src/parse/json5.js';
import type { LocatedNode } from '../../src/parse/tree.js';

export function yamlDoc(text: string, path = 'docker-compose.yml', kind: FileKind = 'compose'): { root: LocatedNode | null; file: SourceFile } {
  const parsed = parseYaml(text);
  if (parsed.error) throw new Error(`fixture does not parse: ${parsed.error.message}`);
  return { root: parsed.documents[0]?.root ?? null, file: new SourceFile(path, text, kind) };
}

export function json5Doc(text: string, path = 'openclaw.json'): { root: LocatedNode | null; file: SourceFile } {
  const parsed = parseJson5(text);
  if (parsed.error) throw new Error(`fixture does not parse: ${parsed.error.message}`);
  return { root: parsed.documents[0]?.root ?? null, file: new SourceFile(path, text, 'openclaw') };
}

/** The parts of a finding tests compare: `line:column-endLine:endColumn message`. */
export function brief(f: Finding): string {
  const l = f.location;
  return `${l.line}:${l.column}-${l.endLine}:${l.endColumn} ${f.message}`;
}
