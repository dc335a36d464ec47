// Writes one YAML scalar in a style picked at random (plain, quoted, or a block scalar), for the
// generated Compose projects of scripts/compose-oracle.mjs. Block scalars clip or strip the final
// line break as YAML says, so a `|` or `>` value ends with "\n" — which is what Compose reads.

/**
 * Whether `s` can be written plain and read back as the same string by YAML 1.1 (docker-compose
 * 1.29.2, PyYAML) and YAML 1.2 (clawcheck) alike.
 */
export function plainSafe(s) {
  if (s === '' || s !== s.trim() || /[\n\t]/.test(s)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) || /: |:$| #/.test(s)) return false;
  if (/^(true|false|yes|no|on|off|y|n|null|~)$/i.test(s)) return false;
  if (/^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s) || /^0[xo]/i.test(s) || /^[-+]?\.(inf|nan)$/i.test(s)) return false;
  if (/^[-+]?\d[\d_]*(:[0-5]?\d)+(\.\d*)?$/.test(s) || /^\d{4}-\d\d?-\d\d?/.test(s)) return false;
  return true;
}

/** Can `raw` be folded (`>`): no line with leading, trailing or doubled blanks, no empty line. */
function foldable(raw) {
  return raw.split('\n').every((l) => l !== '' && !/^ | $| {2}/.test(l));
}

/**
 * The text to write after `key: ` or `- ` for the string `raw`, at a key or dash in column
 * `indent`; a block scalar's lines go two columns further in. `features` gains the style used.
 * `noPlain`: always quoted or a block; `keepBreak: false`: no style that adds a final line break.
 */
export function writeScalar(g, raw, indent, features, { noPlain = false, keepBreak = true } = {}) {
  const styles = ['double', 'double'];
  if (!raw.includes('\n')) styles.push('single');
  if (!noPlain && plainSafe(raw)) styles.push('plain', 'plain', 'plain', 'plain');
  // keepBreak false: not `|` or `>`, which end the value with a line break.
  if (raw !== '' && !/^ /.test(raw) && !/\n /.test(raw)) styles.push(...(keepBreak ? ['|', '|-'] : ['|-']));
  if (raw !== '' && foldable(raw)) styles.push(...(keepBreak ? ['>', '>-'] : ['>-']));
  const style = g.pick(styles);
  if (style !== 'plain') features.add(style === 'double' || style === 'single' ? `${style}-quoted` : `block ${style}`);
  const pad = ' '.repeat(indent + 2);
  switch (style) {
    case 'plain':
      return raw;
    case 'single':
      return `'${raw.replace(/'/g, "''")}'`;
    case 'double':
      return JSON.stringify(raw);
    case '|':
    case '|-':
      return `${style}\n${raw.split('\n').map((l) => (l ? pad + l : '')).join('\n')}`;
    default: {
      // Folded: words may go on lines of their own (folded back to one space); a line break of
      // the value is an empty line.
      const lines = raw.split('\n').map((l) => {
        const words = l.split(' ');
        const out = [words[0]];
        for (const w of words.slice(1)) {
          if (g.chance(0.5)) out.push(w);
          else out[out.length - 1] += ` ${w}`;
        }
        return out.map((x) => pad + x).join('\n');
      });
      return `${style}\n${lines.join('\n\n')}`;
    }
  }
}
