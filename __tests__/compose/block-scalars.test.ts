/** Values written as literal (`|`) or folded (`>`) blocks: located at their text, fixed in place. */
import { describe, expect, test } from '@jest/globals';
import { judgeFiles } from '../support/judge.js';
import { fixTexts } from '../support/fix.js';

const C = 'docker-compose.yml';
const PROXY = [
  'services:',
  '  proxy:',
  '    image: >-',
  '      legard/claude-code-proxy:v1',
  '    user: |-',
  '      1000',
  '    environment:',
  '      DISABLE_THINKING: >',
  '        false',
  '      BIG_MODEL: |',
  '        zai-org/GLM-4.7',
  '      MIDDLE_MODEL: |-  # keep the comment',
  '        zai-org/GLM-4.7',
  '      SMALL_MODEL: >+',
  '        zai-org/GLM-4.7',
  '',
  '      OPENAI_API_KEY: x',
  '      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1',
  '',
].join('\n');

describe('block scalars', () => {
  test('each finding is at the text of the block, not on the key line', () => {
    const found = judgeFiles({ [C]: PROXY }).map((f) => `${f.ruleId} ${f.location.line}:${f.location.column}-${f.location.endLine}:${f.location.endColumn}`);
    expect(found).toEqual([
      'proxy-image-tag 4:32-4:34',
      'proxy-user 5:5-6:11',
      'disable-thinking 9:9-9:14',
      // A kept final line break would reach the proxy as part of the model id.
      'model-tiers 10:18-10:19',
      'banned-model 11:9-11:24',
      'banned-model 13:9-13:24',
      'model-tiers 14:20-14:22',
      'banned-model 15:9-15:24',
    ]);
  });

  test('fixes keep the block style, indentation and comments; DISABLE_THINKING becomes exactly "true", a kept final line break is stripped', () => {
    const { out, outcome } = fixTexts({ [C]: PROXY });
    expect(outcome.files.map((f) => f.path)).toEqual([C]);
    expect(out[C]).toBe(
      [
        'services:',
        '  proxy:',
        '    image: >-',
        '      legard/claude-code-proxy:latest',
        '    environment:',
        '      DISABLE_THINKING: "true"',
        '      BIG_MODEL: |-',
        '        openai/gpt-oss-120b',
        '      MIDDLE_MODEL: |-  # keep the comment',
        '        openai/gpt-oss-120b',
        '      SMALL_MODEL: >-',
        '        openai/gpt-oss-120b',
        '',
        '      OPENAI_API_KEY: x',
        '      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1',
        '',
      ].join('\n'),
    );
    expect(judgeFiles(out).map((f) => f.ruleId)).toEqual([]);
  });

  test('only the banned id changes when the block already strips its line break', () => {
    const text = PROXY.replace('BIG_MODEL: |\n', 'BIG_MODEL: |-\n').replace('SMALL_MODEL: >+\n        zai-org/GLM-4.7\n', 'SMALL_MODEL: >2-\n        zai-org/GLM-4.7\n');
    const { out } = fixTexts({ [C]: text });
    expect(out[C].split('\n').slice(6, 10)).toEqual(['      BIG_MODEL: |-', '        openai/gpt-oss-120b', '      MIDDLE_MODEL: |-  # keep the comment', '        openai/gpt-oss-120b']);
  });

  test('a value on a later line of a literal block is located on that line', () => {
    const text = PROXY.replace("      BIG_MODEL: |\n        zai-org/GLM-4.7", '      BIG_MODEL: |-\n        x\n\n        zai-org/GLM-4.7');
    const big = judgeFiles({ [C]: text }).filter((f) => f.ruleId === 'banned-model' && f.message.startsWith('BIG_MODEL'));
    expect(big.map((f) => `${f.location.line}:${f.location.column}`)).toEqual(['13:17']);
  });
});
