/** Writing an output file atomically (temporary file in the same folder, then rename), never over an existing one without `force`. */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type Written = { ok: true } | { ok: false; message: string };

export function writeAtomically(path: string, data: Buffer, force: boolean): Written {
  if (!force && existsSync(path)) return { ok: false, message: `${path} exists: use --force to overwrite it` };
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    return { ok: true };
  } catch (e) {
    rmSync(tmp, { force: true });
    const err = e as NodeJS.ErrnoException;
    return { ok: false, message: `${path}: ${err.code === 'ENOENT' ? 'no such folder' : err.code === 'EACCES' ? 'permission denied' : (err.code ?? err.message)}` };
  }
}
