/**
 * The caseworker's desk: the organisation's cases with status, amount at stake and next deadline,
 * 50 at a time ("Show more" follows next_cursor), sorted by the column headers and filtered, active
 * or archived; a new case is added with the case form; export and import.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../ctx.js';
import { Select, TextField } from '../fields.js';
import { api } from '../../api.js';
import { formatMoney } from '../../money.js';
import { formatDate, parseUserDate } from '../../dates.js';
import { plainText } from '../../text.js';
import type { MessageKey } from '../../i18n/index.js';
import { DEFAULT_VIEW, listQuery, PAGE, sortedBy, viewFromSearch, viewSearch, type SortKey, type View } from '../../deskQuery.js';
import { Login, useMe, WhoBar } from './session.js';
import { AppLink, rememberDeskSearch, takeFlash } from './nav.js';
import { ExportImport } from './exportImport.js';
import { failure } from '../failure.js';
import { STATUSES, type ListAnswer, type ListItem } from './types.js';

/** What the live region says once a list has loaded: shown, more to come, matching in all. */
type Announce = (n: number, more: boolean, of: number) => string;

const SORT_LABEL: Record<SortKey, MessageKey> = { title: 'th.title', refund_due: 'th.refundDue', next_deadline: 'th.nextDeadline', updated_at: 'th.updated' };

export function Desk() {
  const { t, lang } = useI18n();
  const { me, refresh, error } = useMe();
  // The view lives in the address too: a reload, a bookmark or the way back from a case keeps it.
  const [view, setView] = useState<View>(() => viewFromSearch(location.search, STATUSES));
  const [draft, setDraft] = useState(() => ({ status: view.status, jurisdiction: view.jurisdiction, q: view.q, deadline: view.deadlineBefore, overdue: view.overdue }));
  const [deadlineError, setDeadlineError] = useState<string | undefined>(undefined);
  const [items, setItems] = useState<ListItem[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  /** How many cases match the filters, over all pages (the API's `total`). */
  const [matching, setMatching] = useState(0);
  const [loadingMore, setLoadingMore] = useState(false);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');

  const fail = (e: unknown) => setListError(failure(t, e));
  // Only the answer to the latest request is shown (a slow earlier page never overwrites a newer list).
  const seq = useRef(0);
  const load = (v: View, message?: Announce) => {
    const my = ++seq.current;
    setLoadingMore(false);
    api<ListAnswer>('GET', `/v1/cases?${listQuery(v, null)}`, undefined, lang).then((r) => {
      if (my !== seq.current) return;
      setItems(r.items);
      setNext(r.next_cursor);
      setMatching(r.total);
      setListError(null);
      if (message) setAnnounce(message(r.items.length, !!r.next_cursor, r.total));
    }, (e) => my === seq.current && fail(e));
  };
  const loadMore = () => {
    if (!next || !items || loadingMore) return;
    const my = ++seq.current;
    setLoadingMore(true);
    const before = items.length;
    api<ListAnswer>('GET', `/v1/cases?${listQuery(view, next)}`, undefined, lang).then(
      (r) => {
        if (my !== seq.current) return;
        const all = [...items, ...r.items];
        setItems(all);
        setNext(r.next_cursor);
        setMatching(r.total);
        setListError(null);
        setAnnounce(t(r.next_cursor ? 'desk.loadedMore' : 'desk.loadedAll', { n: r.items.length, total: all.length, of: r.total }));
        setFocusRow(before);
        setLoadingMore(false);
      },
      (e) => {
        if (my !== seq.current) return;
        fail(e);
        setLoadingMore(false);
      },
    );
  };
  const shown: Announce = (n, more, of) => t(more ? 'desk.shownMore' : 'desk.shown', { n, of });
  const apply = (v: View, message?: Announce) => {
    setView(v);
    load(v, message ?? shown);
  };

  useEffect(() => {
    if (me) load(view);
  }, [me]);
  useEffect(() => {
    const search = viewSearch(view, location.search);
    rememberDeskSearch(search);
    history.replaceState(history.state, '', `${location.pathname}${search}`);
  }, [view]);
  useEffect(() => {
    if (me !== undefined) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [me === undefined]);
  useEffect(() => {
    const message = me ? takeFlash() : null;
    if (message) setAnnounce(message);
  }, [me]);
  useEffect(() => {
    if (focusRow === null) return;
    document.querySelectorAll<HTMLElement>('table.cases tbody tr th a')[focusRow]?.focus();
    setFocusRow(null);
  }, [focusRow]);

  if (me === undefined) return <p role="status">{t('desk.loading')}</p>;
  if (me === null)
    return (
      <>
        {error ? (
          <p class="error" role="alert">
            {t('error.api', { detail: error })}
          </p>
        ) : null}
        <Login onDone={refresh} />
      </>
    );

  function submitFilters(e: Event) {
    e.preventDefault();
    let deadlineBefore = '';
    if (draft.deadline.trim()) {
      const d = parseUserDate(draft.deadline);
      if (!d) {
        setDeadlineError(t('filter.deadlineError'));
        setTimeout(() => document.getElementById('filter-deadline')?.focus(), 0);
        return;
      }
      deadlineBefore = d;
    }
    setDeadlineError(undefined);
    apply({ ...view, status: draft.status, jurisdiction: draft.jurisdiction, q: draft.q, deadlineBefore, overdue: draft.overdue });
  }

  function sortBy(key: SortKey) {
    const sorted = sortedBy(view, key);
    const dir = sorted.dir;
    const label = t(SORT_LABEL[key]);
    apply(sorted, (n, more, of) => `${t('sort.announce', { column: label, dir: t(dir === 'asc' ? 'sort.asc' : 'sort.desc') })} ${shown(n, more, of)}`);
  }

  const sortHeader = (key: SortKey, extra = '') => {
    const active = view.sort === key;
    return (
      <th scope="col" class={extra} aria-sort={active ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
        <button type="button" class="sort-button" id={`sort-${key}`} onClick={() => sortBy(key)}>
          {t(SORT_LABEL[key])}
          <span class="sort-mark" aria-hidden="true">
            {active ? (view.dir === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  const money = (s: string, j: 'FR' | 'BE') => formatMoney(s, lang, j);
  return (
    <section class="desk" aria-labelledby="desk-title">
      <WhoBar me={me} onLogout={refresh} />
      <h1 id="desk-title" tabIndex={-1}>
        {t(view.archived ? 'desk.titleArchived' : 'desk.title')}
      </h1>
      <p class="actions">
        <AppLink href="/desk/new" id="new-case">
          + {t('desk.new')}
        </AppLink>
      </p>
      <fieldset class="group view-toggle">
        <legend class="legend-small">{t('desk.view')}</legend>
        <div class="choices choices-inline">
          {(['active', 'archived'] as const).map((v) => (
            <div class="choice" key={v}>
              <input
                type="radio"
                id={`view-${v}`}
                name="view"
                value={v}
                checked={view.archived === (v === 'archived')}
                onChange={() => apply({ ...view, archived: v === 'archived' })}
              />
              <label for={`view-${v}`}>{t(v === 'archived' ? 'desk.viewArchived' : 'desk.viewActive')}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <form class="filters" aria-labelledby="filters-title" onSubmit={submitFilters} noValidate>
        <h2 id="filters-title" class="visually-hidden">
          {t('desk.filters')}
        </h2>
        <Select id="filter-status" label={t('filter.status')} value={draft.status} options={[{ value: '', label: t('filter.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}` as MessageKey) }))]} onChange={(v) => setDraft({ ...draft, status: v })} />
        <Select id="filter-jurisdiction" label={t('filter.jurisdiction')} value={draft.jurisdiction} options={[{ value: '', label: t('filter.all') }, { value: 'FR', label: t('jurisdiction.FR') }, { value: 'BE', label: t('jurisdiction.BE') }]} onChange={(v) => setDraft({ ...draft, jurisdiction: v })} />
        <TextField id="filter-q" label={t('filter.q')} hint={t('filter.qHint')} width="medium" value={draft.q} onInput={(v) => setDraft({ ...draft, q: v })} />
        <TextField id="filter-deadline" label={t('filter.deadlineBefore')} hint={t('filter.deadlineHint')} width="medium" inputMode="numeric" value={draft.deadline} error={deadlineError} onInput={(v) => setDraft({ ...draft, deadline: v })} />
        <div class="choice choice-check filter-overdue">
          <input type="checkbox" id="filter-overdue" checked={draft.overdue} onChange={(e) => setDraft({ ...draft, overdue: (e.currentTarget as HTMLInputElement).checked })} />
          <label for="filter-overdue">{t('filter.overdue')}</label>
        </div>
        <div class="filter-buttons">
          <button type="submit" class="btn-secondary" id="filter-apply">
            {t('filter.apply')}
          </button>
          <button
            type="button"
            class="btn-link"
            id="filter-reset"
            onClick={() => {
              setDraft({ status: '', jurisdiction: '', q: '', deadline: '', overdue: false });
              setDeadlineError(undefined);
              apply({ ...DEFAULT_VIEW, archived: view.archived, sort: view.sort, dir: view.dir });
            }}
          >
            {t('filter.reset')}
          </button>
        </div>
      </form>
      {listError ? (
        <p class="error" role="alert">
          {listError}
        </p>
      ) : null}
      <p role="status" id="list-status" class="live">
        {announce}
      </p>
      {items === null ? (
        <p>{t('desk.loading')}</p>
      ) : items.length === 0 ? (
        <p id="desk-empty">{t(view.archived ? 'desk.emptyArchived' : 'desk.empty')}</p>
      ) : (
        <>
          <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="desk-title">
            <table class="cases">
              <caption class="visually-hidden">{t(next ? 'desk.shownMore' : 'desk.shown', { n: items.length, of: matching })}</caption>
              <thead>
                <tr>
                  {sortHeader('title')}
                  <th scope="col">{t('th.holder')}</th>
                  <th scope="col">{t('th.bankName')}</th>
                  <th scope="col">{t('th.status')}</th>
                  <th scope="col" class="num">
                    {t('th.atStake')}
                  </th>
                  {sortHeader('refund_due', 'num')}
                  {sortHeader('next_deadline')}
                  <th scope="col">{t('th.overdue')}</th>
                  {sortHeader('updated_at')}
                </tr>
              </thead>
              <tbody>
                {items.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <AppLink href={`/desk/cases/${encodeURIComponent(c.id)}`}>{plainText(c.title) || c.id}</AppLink>
                      {c.archived ? <span class="badge">{t('case.archived')}</span> : null}
                    </th>
                    <td>{plainText(c.holder) || '—'}</td>
                    <td>
                      {plainText(c.bank) || '—'} <span class="muted">({t(`jurisdiction.${c.jurisdiction}` as MessageKey)})</span>
                    </td>
                    <td>{t(`status.${c.status}` as MessageKey)}</td>
                    <td class="num">{money(c.disputed, c.jurisdiction)}</td>
                    <td class="num">{money(c.refund_due, c.jurisdiction)}</td>
                    <td>{c.next_deadline ? formatDate(c.next_deadline, lang) : '—'}</td>
                    <td class="overdue-cell">
                      {c.last_passed_deadline && c.status !== 'closed' ? <span class="badge badge-overdue">{t('desk.overdueSince', { date: formatDate(c.last_passed_deadline, lang) })}</span> : '—'}
                    </td>
                    <td>{formatDate(c.updated_at.slice(0, 10), lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="list-foot">
            <span id="list-count">{t(next ? 'desk.shownMore' : 'desk.shown', { n: items.length, of: matching })}</span>
            {next ? (
              <>
                {' '}
                <button type="button" class="btn-secondary" id="load-more" onClick={loadMore} disabled={loadingMore} aria-describedby="list-count">
                  {t('desk.loadMore', { n: PAGE })}
                </button>
              </>
            ) : null}
          </p>
        </>
      )}
      <ExportImport onImported={() => load(view, shown)} />
    </section>
  );
}
