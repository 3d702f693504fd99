/** The recours HTTP API (docs/api.md), same origin. Cookie sessions send the CSRF token on writes. */
import type { Lang } from './money.js';

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { pointer: string; code: string; message: string; expected?: string }[];
}

export class ApiError extends Error {
  constructor(public status: number, public problem: Problem | null) {
    super(problem?.errors?.length ? problem.errors.map((e) => `${e.pointer}: ${e.message}`).join('; ') : problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

let csrf: string | null = null;
export const setCsrf = (token: string | null) => {
  csrf = token;
};

async function request(method: string, path: string, body?: unknown, lang?: Lang): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json, */*' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
  if (lang) headers['Accept-Language'] = lang;
  const sep = path.includes('?') ? '&' : '?';
  const url = lang && !path.includes('lang=') ? `${path}${sep}lang=${lang}` : path;
  const res = await fetch(url, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) {
    let p: Problem | null = null;
    try {
      p = (await res.json()) as Problem;
    } catch {
      p = null;
    }
    throw new ApiError(res.status, p);
  }
  return res;
}

export async function api<T>(method: string, path: string, body?: unknown, lang?: Lang): Promise<T> {
  const res = await request(method, path, body, lang);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** A file answer (letters): the bytes and the file name from Content-Disposition; a GET when there is no body. */
export async function apiFile(path: string, body: unknown, lang?: Lang): Promise<{ blob: Blob; filename: string }> {
  const res = await request(body === undefined ? 'GET' : 'POST', path, body, lang);
  const cd = res.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  const filename = star ? decodeURIComponent(star[1]!) : plain ? plain[1]! : 'letter';
  return { blob: await res.blob(), filename };
}

export interface Me {
  mode: 'local' | 'multi';
  user: { id: string; email: string; name: string | null };
  organisation: { id: string; name: string };
  role: 'caseworker' | 'admin';
  csrf: string;
}

export async function getMe(): Promise<Me | null> {
  try {
    const me = await api<Me>('GET', '/v1/me');
    setCsrf(me.csrf ?? null);
    return me;
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) return null;
    throw e;
  }
}

/** Hands bytes to the browser as a download (an object URL: nothing inline, the CSP allows it). */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A JSON answer saved as a .json file. */
export async function downloadJson(path: string, filename: string, lang?: Lang): Promise<void> {
  const data = await api<unknown>('GET', path, undefined, lang);
  saveFile(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), filename);
}

/** The field errors of a refused request (problem details), or one line with its title and detail. */
export function problemErrors(e: unknown): { pointer: string; message: string; expected?: string | undefined }[] {
  if (e instanceof ApiError) {
    const errs = e.problem?.errors ?? [];
    if (errs.length) return errs.map((x) => ({ pointer: x.pointer, message: x.message, expected: x.expected }));
    return [{ pointer: '', message: e.problem?.detail ?? e.problem?.title ?? `HTTP ${e.status}` }];
  }
  return [{ pointer: '', message: String(e) }];
}
