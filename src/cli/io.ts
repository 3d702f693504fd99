/** Reading the case file the CLI is given: a path or "-" for standard input. */
import { readFileSync } from 'node:fs';

export type Read = { ok: true; text: string } | { ok: false; message: string };

export function readInput(path: string): Read {
  try {
    return { ok: true, text: readFileSync(path === '-' ? 0 : path, 'utf8') };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.code ?? err.message;
    return { ok: false, message: `${path}: ${why}` };
  }
}

