/** The desk list's view (filters, active/archived, sort) and the GET /v1/cases query it makes. */

/** Cases per page of the list; "Show more" asks for the next page with the API's next_cursor. */
export const PAGE = 50;
export type SortKey = 'title' | 'refund_due' | 'next_deadline' | 'updated_at';
/** The direction a column sorts in when first chosen. */
export const FIRST_DIR: Record<SortKey, 'asc' | 'desc'> = { title: 'asc', refund_due: 'desc', next_deadline: 'asc', updated_at: 'desc' };

export interface View {
  status: string;
  jurisdiction: string;
  q: string;
  /** YYYY-MM-DD or ''. */
  deadlineBefore: string;
  /** Only cases not closed with a deadline already passed. */
  overdue: boolean;
  archived: boolean;
  sort: SortKey;
  dir: 'asc' | 'desc';
}
export const DEFAULT_VIEW: View = { status: '', jurisdiction: '', q: '', deadlineBefore: '', overdue: false, archived: false, sort: 'next_deadline', dir: 'asc' };

/** A header pressed: the same column flips its direction, another starts with its own. */
export function sortedBy(v: View, key: SortKey): View {
  return { ...v, sort: key, dir: v.sort === key ? (v.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIR[key] };
}

/** The query of GET /v1/cases for a view and an optional cursor. */
export function listQuery(v: View, cursor: string | null, limit = PAGE): string {
  const p = new URLSearchParams();
  if (v.status) p.set('status', v.status);
  if (v.jurisdiction) p.set('jurisdiction', v.jurisdiction);
  if (v.q.trim()) p.set('q', v.q.trim());
  if (v.deadlineBefore) p.set('deadline_before', v.deadlineBefore);
  if (v.overdue) p.set('overdue', 'true');
  if (v.archived) p.set('archived', 'true');
  p.set('sort', `${v.dir === 'desc' ? '-' : ''}${v.sort}`);
  p.set('limit', String(limit));
  if (cursor) p.set('cursor', cursor);
  return p.toString();
}

/** The view's own parameters in the page address (the rest of the query, `lang` say, is kept). */
const VIEW_PARAMS = ['status', 'jurisdiction', 'q', 'deadline_before', 'overdue', 'archived', 'sort'] as const;
const SORT_KEYS = Object.keys(FIRST_DIR) as SortKey[];

/** The page's query with the view in it: only what differs from the default, so /desk stays /desk. */
export function viewSearch(v: View, search: string): string {
  const p = new URLSearchParams(search);
  for (const k of VIEW_PARAMS) p.delete(k);
  if (v.status) p.set('status', v.status);
  if (v.jurisdiction) p.set('jurisdiction', v.jurisdiction);
  if (v.q.trim()) p.set('q', v.q.trim());
  if (v.deadlineBefore) p.set('deadline_before', v.deadlineBefore);
  if (v.overdue) p.set('overdue', 'true');
  if (v.archived) p.set('archived', 'true');
  if (v.sort !== DEFAULT_VIEW.sort || v.dir !== DEFAULT_VIEW.dir) p.set('sort', `${v.dir === 'desc' ? '-' : ''}${v.sort}`);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The view a page address asks for (a bookmark, a reload, the way back from a case); what it cannot read is the default. */
export function viewFromSearch(search: string, statuses: readonly string[]): View {
  const p = new URLSearchParams(search);
  const sort = p.get('sort') ?? '';
  const key = sort.replace(/^-/, '') as SortKey;
  const known = SORT_KEYS.includes(key);
  const day = p.get('deadline_before') ?? '';
  return {
    status: statuses.includes(p.get('status') ?? '') ? p.get('status')! : '',
    jurisdiction: ['FR', 'BE'].includes(p.get('jurisdiction') ?? '') ? p.get('jurisdiction')! : '',
    q: (p.get('q') ?? '').slice(0, 200),
    deadlineBefore: /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : '',
    overdue: p.get('overdue') === 'true',
    archived: p.get('archived') === 'true',
    sort: known ? key : DEFAULT_VIEW.sort,
    dir: known ? (sort.startsWith('-') ? 'desc' : 'asc') : DEFAULT_VIEW.dir,
  };
}
