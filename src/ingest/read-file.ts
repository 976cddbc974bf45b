import { open } from 'node:fs/promises';

/** Read a file's bytes, refusing it when it is larger than the limit, with a plain reason. */
export async function readFileLimited(path: string, maxBytes: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    return { ok: false, reason: fsReason(e) };
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return { ok: false, reason: `the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit` };
    const bytes = await handle.readFile();
    return { ok: true, bytes };
  } catch (e) {
    return { ok: false, reason: fsReason(e) };
  } finally {
    await handle.close();
  }
}

/** A file-system error as a sentence. */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder where a file was expected';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
}
