/** A stored case and its history, loaded for a case page; saving replaces both. */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api.js';
import type { Lang } from '../../money.js';
import type { CaseRecord, HistoryEntry } from './types.js';

export function useCase(id: string, lang: Lang, ready: boolean) {
  const [rec, setRec] = useState<CaseRecord | null | undefined>(undefined);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const path = `/v1/cases/${encodeURIComponent(id)}`;
  const loadHistory = () => {
    api<{ entries: HistoryEntry[] }>('GET', `${path}/history`, undefined, lang).then((h) => setHistory(h.entries), () => setHistory([]));
  };
  useEffect(() => {
    if (!ready) return;
    api<CaseRecord>('GET', path, undefined, lang).then(setRec, () => setRec(null));
    loadHistory();
  }, [ready, id]);
  /** A new version from the API: shown, and the history read again. */
  const saved = (r: CaseRecord) => {
    setRec(r);
    loadHistory();
  };
  /** PUT of some fields of the version read. */
  const put = async (body: Record<string, unknown>): Promise<CaseRecord> => {
    const r = await api<CaseRecord>('PUT', path, { version: rec!.version, ...body }, lang);
    saved(r);
    return r;
  };
  return { rec, history, saved, put };
}
