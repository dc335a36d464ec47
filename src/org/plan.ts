/**
 * `clawcheck org plan`: the organisation's repositories, filtered, cut into shards of about the
 * same size for a GitHub Actions matrix. The plan is the only thing the scan jobs share.
 */
import { RE2JS } from 're2js';

export interface PlanRepo {
  /** `owner/name`. */
  fullName: string;
  defaultBranch: string;
  /** As GitHub reports it, in KiB (the repository's git data). */
  size: number;
}

export interface Plan {
  shards: Array<{ index: number; repos: PlanRepo[] }>;
  matrix: { shard: number[] };
}

export interface PlanFilters {
  /** Regular expressions (RE2 syntax, so matching is linear) on the repository's name, without the owner. */
  include?: string;
  exclude?: string;
  /** Every topic named must be on the repository. */
  topics: string[];
  archived: boolean;
  forks: boolean;
}

/** What a listed repository needs to say for the plan (the API sends much more; only this is kept). */
export interface ListedRepo {
  full_name: string;
  name: string;
  default_branch?: string;
  size?: number;
  archived?: boolean;
  disabled?: boolean;
  fork?: boolean;
  topics?: string[];
}

/** GitHub's matrix runs at most 256 jobs. */
export const MAX_SHARDS = 256;

/** Owner and repository names as GitHub allows them; anything else is refused before it names a file or a URL. */
const FULL_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

export function isSafeFullName(name: unknown): name is string {
  return typeof name === 'string' && FULL_NAME.test(name) && !/\/\.{1,2}$/.test(name);
}

/** Compiles a filter; throws re2js's error for an expression RE2 cannot run. */
export function compileFilter(pattern: string | undefined): ((name: string) => boolean) | undefined {
  if (pattern === undefined) return undefined;
  const re = RE2JS.compile(pattern);
  return (name) => re.matcher(name).find();
}

/** The repositories the audit covers: archived ones and forks only when asked, disabled ones never (GitHub serves nothing of them). */
export function selectRepos(repos: ListedRepo[], filters: PlanFilters): { selected: PlanRepo[]; refused: string[] } {
  const include = compileFilter(filters.include);
  const exclude = compileFilter(filters.exclude);
  const selected: PlanRepo[] = [];
  const refused: string[] = [];
  for (const r of repos) {
    if (r.disabled || (r.archived && !filters.archived) || (r.fork && !filters.forks)) continue;
    if (include && !include(r.name)) continue;
    if (exclude?.(r.name)) continue;
    if (!filters.topics.every((t) => (r.topics ?? []).includes(t))) continue;
    if (!isSafeFullName(r.full_name) || typeof r.default_branch !== 'string' || r.default_branch === '') {
      refused.push(String(r.full_name));
      continue;
    }
    selected.push({ fullName: r.full_name, defaultBranch: r.default_branch, size: Number.isSafeInteger(r.size) && r.size! > 0 ? r.size! : 0 });
  }
  return { selected, refused };
}

/**
 * Greedy balance: the largest repository first, each onto the lightest shard (by total size, then
 * by number of repositories, then by index). Ties between repositories go by name, so the same
 * list always gives the same plan.
 */
export function balance(repos: PlanRepo[], shards: number): Plan {
  const out = Array.from({ length: shards }, (_, index) => ({ index, repos: [] as PlanRepo[], total: 0 }));
  const order = [...repos].sort((a, b) => b.size - a.size || (a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0));
  for (const repo of order) {
    let lightest = out[0];
    for (const s of out) if (s.total < lightest.total || (s.total === lightest.total && s.repos.length < lightest.repos.length)) lightest = s;
    lightest.repos.push(repo);
    lightest.total += repo.size;
  }
  return { shards: out.map(({ index, repos: r }) => ({ index, repos: r })), matrix: { shard: out.map((s) => s.index) } };
}

/** A plan file read back (it may have been edited by hand or come from an artifact): its shape checked, every name safe. */
export function parsePlan(text: string): Plan {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`the plan is not JSON (${(e as Error).message})`);
  }
  const shards = (raw as { shards?: unknown })?.shards;
  if (!Array.isArray(shards)) throw new Error('the plan has no "shards" list');
  const plan: Plan = { shards: [], matrix: { shard: [] } };
  for (const s of shards) {
    const { index, repos } = (s ?? {}) as { index?: unknown; repos?: unknown };
    if (!Number.isSafeInteger(index) || !Array.isArray(repos)) throw new Error('a shard of the plan has no whole-number "index" or no "repos" list');
    const list = repos.map((r) => {
      const { fullName, defaultBranch, size } = (r ?? {}) as Record<string, unknown>;
      if (!isSafeFullName(fullName) || typeof defaultBranch !== 'string' || defaultBranch === '') throw new Error(`shard ${index} lists a repository that is not owner/name with a default branch`);
      return { fullName, defaultBranch, size: typeof size === 'number' && Number.isFinite(size) ? size : 0 };
    });
    plan.shards.push({ index: index as number, repos: list });
    plan.matrix.shard.push(index as number);
  }
  return plan;
}
