// How OpenClaw reads a model ref string: trimmed, a trailing `@profile` split off, the provider
// compared in lowercase.

/**
 * Where a trailing `@profile` (an auth profile) starts in `raw`, as OpenClaw splits it off,
 * keeping the `@YYYYMMDD` version and local quantization (`@q4_k_m`, `@8bit`) suffixes that
 * belong to the model id; `raw.length` when there is none.
 */
export function authProfileStart(raw: string): number {
  const end = raw.trimEnd().length;
  const ref = raw.slice(0, end);
  let at = ref.indexOf('@', ref.lastIndexOf('/') + 1);
  if (at <= 0) return raw.length;
  const rest = () => ref.slice(at + 1);
  if (/^\d{8}(?:@|$)/.test(rest())) {
    at = ref.indexOf('@', at + 9);
    if (at < 0) return raw.length;
  }
  if (/^(?:i?q\d+(?:_[a-z0-9]+)*|\d+bit)(?:@|$)/i.test(rest())) {
    at = ref.indexOf('@', at + 1);
    if (at < 0) return raw.length;
  }
  return ref.slice(0, at).trim() && ref.slice(at + 1).trim() ? at : raw.length;
}

export function withoutAuthProfile(raw: string): string {
  return raw.slice(0, authProfileStart(raw)).trim();
}
