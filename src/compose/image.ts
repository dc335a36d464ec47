/** A parsed image reference: `[registry/][namespace/]name[:tag][@digest]`. */
export interface ImageRef {
  registry?: string;
  /** Path without registry: `legard/claude-code-proxy`, or `library/x` written as `x`. */
  path: string;
  /** Last path segment: `claude-code-proxy`. */
  name: string;
  tag?: string;
  digest?: string;
  /** Offsets of the tag inside the reference string (without the `:`), when present. */
  tagStart?: number;
}

export function parseImage(ref: string): ImageRef {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  let tagStart: number | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    tagStart = ref.indexOf(rest) + colon + 1;
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('/');
  let registry: string | undefined;
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) registry = parts.shift();
  return { registry, path: parts.join('/'), name: parts[parts.length - 1] ?? '', tag, digest, tagStart };
}

const DOCKER_HUB_PREFIX = /^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//i;

/** `docker.io/legard/x` and `legard/x` name the same repository; so does `index.docker.io`. */
export function sameRepository(image: ImageRef, ownerAndName: string): boolean {
  const want = ownerAndName.toLowerCase().replace(DOCKER_HUB_PREFIX, '');
  const have = image.path.toLowerCase();
  // A policy that names a registry (`ghcr.io/owner/name`) wants exactly that registry.
  if (want.split('/')[0].includes('.')) return `${image.registry ?? ''}/${have}`.toLowerCase() === want;
  if (have === want) return true;
  // A mirror registry (`mirror.example.com/hub/legard/claude-code-proxy`) still names the same image.
  const dockerHub = !image.registry || DOCKER_HUB_PREFIX.test(`${image.registry}/`);
  return !dockerHub && have.endsWith(`/${want}`);
}
