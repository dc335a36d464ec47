import { includedConfigs } from '../../src/core/includes.js';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('includedConfigs: which discovered openclaw configs are judged as part of another', () => {
  it('a config another includes, directly or through included files, but not one that includes it back', () => {
    const targets = graph({
      'a.json': ['b.json'], // a includes b: b is a's fragment
      'b.json': ['parts/c.json5'], // parts/c.json5 is no config: only included
      'parts/c.json5': ['d.json'], // through it, d too
      'x.json': ['y.json'], // x and y include each other: both judged
      'y.json': ['x.json', 'z.json'], // and z, below the cycle, is a fragment
      'self.json': ['self.json'],
    });
    const configs = ['a.json', 'b.json', 'd.json', 'x.json', 'y.json', 'z.json', 'self.json', 'alone.json'];
    expect([...includedConfigs(configs, targets)].sort()).toEqual(['b.json', 'd.json', 'z.json']);
  });

  it('a cycle of configs below another config is included by it as a whole', () => {
    expect([...includedConfigs(['top.json', 'p.json', 'q.json'], graph({ 'top.json': ['p.json'], 'p.json': ['q.json'], 'q.json': ['p.json'] }))].sort()).toEqual(['p.json', 'q.json']);
  });

  it('costs steps linear in the includes, whatever their shape: a long chain, a star, many cycles', () => {
    const cost = (n: number, shape: 'chain' | 'star' | 'pairs') => {
      const edges: Record<string, string[]> = {};
      const configs = Array.from({ length: n }, (_, i) => `c${i}.json`);
      configs.forEach((c, i) => {
        if (shape === 'chain' && i + 1 < n) edges[c] = [configs[i + 1]];
        if (shape === 'star') edges[c] = configs.filter((_, j) => j !== i && j % 50 === 0);
        if (shape === 'pairs') edges[c] = [configs[i ^ 1] ?? c, configs[(i + 2) % n]];
      });
      const meter = { steps: 0 };
      const included = includedConfigs(configs, graph(edges), meter);
      const links = Object.values(edges).reduce((sum, list) => sum + list.length, 0);
      return { included: included.size, steps: meter.steps, bound: 3 * (n + links) };
    };
    expect(cost(5000, 'chain')).toMatchObject({ included: 4999 });
    for (const shape of ['chain', 'star', 'pairs'] as const) {
      const r = cost(5000, shape);
      expect(r.steps).toBeLessThanOrEqual(r.bound);
    }
  });
});
