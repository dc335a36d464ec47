// Types of tar-gz.mjs, for the tests that build tarballs with it.
export interface TarSpecEntry {
  path: string;
  data?: string | Buffer;
  type?: 'file' | 'dir' | 'symlink' | 'hardlink' | 'char' | 'fifo';
  linkname?: string;
}
export interface TarSpecOptions {
  top?: string;
  commit?: string;
  level?: number;
}
export function tarBytes(entries: TarSpecEntry[], options?: TarSpecOptions): Buffer;
export function tarGz(entries: TarSpecEntry[], options?: TarSpecOptions): Buffer;
