/** Why a repository's tarball could not be used; the scan's result records `reason`. */
export type TarballFailure = 'too-large' | 'bad-tarball' | 'download-failed';

export class TarballError extends Error {
  constructor(
    readonly reason: TarballFailure,
    message: string,
  ) {
    super(message);
    this.name = 'TarballError';
  }
}

/** A request error's HTTP status, if it has one (Octokit's RequestError has). */
export function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

/** The client gave up waiting (rate limit, timeout, GitHub unreachable): `kind` says which. */
export function waitKindOf(e: unknown): 'rate-limit' | 'timeout' | 'unreachable' | undefined {
  const x = e as { name?: unknown; kind?: unknown };
  return x?.name === 'GitHubWaitError' && (x.kind === 'rate-limit' || x.kind === 'timeout' || x.kind === 'unreachable') ? x.kind : undefined;
}
