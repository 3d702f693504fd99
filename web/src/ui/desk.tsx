/**
 * The caseworker's desk (multi-user mode, also available in local mode): the organisation's cases
 * with status, amount at stake and next deadline, 50 at a time ("Show more" follows next_cursor),
 * sorted by the column headers and filtered, active or archived; export and import; a case page with
 * the result, history, what-if, precedents, letters, export, archive and erasure.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { navigate, useI18n } from './ctx.js';
import { Select, TextField } from './fields.js';
import { ResultView } from './result.js';
import { api, ApiError, downloadJson, getMe, problemErrors, setCsrf, type Me } from '../api.js';
import { formatMoney } from '../money.js';
import { formatDate, parseUserDate } from '../dates.js';
import type { MessageKey } from '../i18n/index.js';
import { DEFAULT_VIEW, listQuery, PAGE, sortedBy, viewFromSearch, viewSearch, type SortKey, type View } from '../deskQuery.js';

/** One page of the case list. */
type ListAnswer = { items: Item[]; next_cursor: string | null; total: number };
/** What the live region says once a list has loaded: shown, more to come, matching in all. */
type Announce = (n: number, more: boolean, of: number) => string;

const STATUSES = ['draft', 'open', 'claimed', 'mediation', 'closed'] as const;

interface Item {
  id: string;
  version: number;
  title: string;
  status: string;
  jurisdiction: 'FR' | 'BE';
  disputed: string;
  refund_due: string;
  next_deadline: string | null;
  updated_at: string;
  archived: boolean;
}

interface CaseRecord {
  id: string;
  version: number;
  title: string;
  status: string;
  notes: string;
  case: Record<string, unknown>;
  archived: boolean;
  updated_at: string;
}

export function useMe(): { me: Me | null | undefined; refresh: () => void; error: string | null } {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => {
    getMe().then(setMe, (e) => {
      setError(String(e instanceof ApiError ? e.message : e));
      setMe(null);
    });
  };
  useEffect(refresh, []);
  return { me, refresh, error };
}

export function Login({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.getElementById('login-title')?.focus();
  }, []);
  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('POST', '/v1/session', { email, password });
      onDone();
    } catch {
      setError(t('login.error'));
      setTimeout(() => document.getElementById('login-error')?.focus(), 0);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section class="login" aria-labelledby="login-title">
      <h1 id="login-title" tabIndex={-1}>
        {t('login.title')}
      </h1>
      <p class="hint">{t('login.help')}</p>
      <form onSubmit={submit} noValidate>
        {error ? (
          <p class="error" role="alert" id="login-error" tabIndex={-1}>
            {error}
          </p>
        ) : null}
        <TextField id="login-email" label={t('login.email')} type="email" inputMode="email" autoComplete="username" value={email} onInput={setEmail} />
        <TextField id="login-password" label={t('login.password')} type="password" autoComplete="current-password" value={password} onInput={setPassword} />
        <button type="submit" class="btn-primary" id="login-submit" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </section>
  );
}

export function WhoBar({ me, onLogout }: { me: Me; onLogout: () => void }) {
  const { t } = useI18n();
  return (
    <div class="who">
      <p>{t('desk.who', { email: me.user.email, org: me.organisation.name })}</p>
      {me.mode === 'multi' && me.role === 'admin' ? (
        <nav aria-label={t('desk.nav')} class="desk-nav">
          <a
            href="/desk/users"
            id="nav-users"
            aria-current={location.pathname === '/desk/users' ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate('/desk/users');
            }}
          >
            {t('nav.users')}
          </a>
        </nav>
      ) : null}
      {me.mode === 'multi' ? (
        <button
          type="button"
          class="btn-link"
          id="logout"
          onClick={async () => {
            try {
              await api('DELETE', '/v1/session');
            } catch {
              /* already gone */
            }
            setCsrf(null);
            onLogout();
          }}
        >
          {t('logout')}
        </button>
      ) : null}
    </div>
  );
}

const SORT_LABEL: Record<SortKey, MessageKey> = { title: 'th.title', refund_due: 'th.refundDue', next_deadline: 'th.nextDeadline', updated_at: 'th.updated' };

/** A message for the next desk screen (after a case is erased, the list says so). */
let flash: string | null = null;

/** Export everything, import an export: the organisation's cases as one JSON file. */
function ExportImport({ onImported }: { onImported: () => void }) {
  const { t, lang } = useI18n();
  const [msg, setMsg] = useState('');
  const [errors, setErrors] = useState<ReturnType<typeof problemErrors> | null>(null);
  const [busy, setBusy] = useState(false);

  async function exportAll() {
    const file = `recours-export-${new Date().toISOString().slice(0, 10)}.json`;
    try {
      await downloadJson('/v1/export', file, lang);
      setMsg(t('desk.exported', { file }));
    } catch (e) {
      setMsg(t('error.api', { detail: e instanceof ApiError ? e.message : String(e) }));
    }
  }

  async function importFile(e: Event) {
    e.preventDefault();
    setErrors(null);
    setMsg('');
    const input = document.getElementById('import-file') as HTMLInputElement | null;
    const file = input?.files?.[0];
    if (!file) {
      setErrors([{ pointer: '', message: t('desk.importNoFile') }]);
      setTimeout(() => document.getElementById('import-errors')?.focus(), 0);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setErrors([{ pointer: '', message: t('desk.invalidJson') }]);
      setTimeout(() => document.getElementById('import-errors')?.focus(), 0);
      return;
    }
    setBusy(true);
    try {
      const r = await api<{ imported: { id: string }[] }>('POST', '/v1/import', parsed, lang);
      setMsg(t('desk.imported', { n: r.imported.length }));
      if (input) input.value = '';
      onImported();
    } catch (err) {
      setErrors(problemErrors(err));
      setTimeout(() => document.getElementById('import-errors')?.focus(), 0);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="tools" aria-labelledby="tools-title">
      <h2 id="tools-title">{t('desk.tools')}</h2>
      <div class="actions">
        <button type="button" class="btn-secondary" id="export-all" onClick={exportAll}>
          {t('desk.exportAll')}
        </button>
      </div>
      <form onSubmit={importFile} noValidate class="import">
        {errors ? (
          <div class="error-summary" role="alert" tabIndex={-1} id="import-errors">
            <h3>{t('desk.importRefused')}</h3>
            <ProblemList errors={errors} />
          </div>
        ) : null}
        <div class="field">
          <label for="import-file">{t('desk.importLabel')}</label>
          <p class="hint" id="import-file-hint">
            {t('desk.importHint')}
          </p>
          <input type="file" id="import-file" name="import-file" accept="application/json,.json" aria-describedby="import-file-hint" />
        </div>
        <button type="submit" class="btn-secondary" id="import-submit" disabled={busy}>
          {t('desk.import')}
        </button>
      </form>
      <p role="status" id="tools-status" class="live">
        {msg}
      </p>
    </section>
  );
}

/** The field errors of a refused request, each with the field it points at. */
export function ProblemList({ errors }: { errors: ReturnType<typeof problemErrors> }) {
  const { t } = useI18n();
  return (
    <ul class="problem-list">
      {errors.map((e, i) => (
        <li key={i}>
          {e.pointer ? (
            <>
              <code>{e.pointer}</code>{' '}
            </>
          ) : null}
          {e.message}
          {e.expected ? <span class="muted"> ({t('problem.expected', { expected: e.expected })})</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function Desk() {
  const { t, lang } = useI18n();
  const { me, refresh, error } = useMe();
  // The view lives in the address too: a reload, a bookmark or the way back from a case keeps it.
  const [view, setView] = useState<View>(() => viewFromSearch(location.search, STATUSES));
  const [draft, setDraft] = useState(() => ({ status: view.status, jurisdiction: view.jurisdiction, q: view.q, deadline: view.deadlineBefore }));
  const [deadlineError, setDeadlineError] = useState<string | undefined>(undefined);
  const [items, setItems] = useState<Item[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  /** How many cases match the filters, over all pages (the API's `total`). */
  const [matching, setMatching] = useState(0);
  const [loadingMore, setLoadingMore] = useState(false);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const [newJson, setNewJson] = useState('');
  const [newTitle, setNewTitle] = useState('');
  const [newError, setNewError] = useState<string | null>(null);

  const fail = (e: unknown) => setListError(t('error.api', { detail: e instanceof ApiError ? e.message : String(e) }));
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
    lastDeskSearch = viewSearch(view, location.search);
    history.replaceState(history.state, '', `${location.pathname}${lastDeskSearch}`);
  }, [view]);
  useEffect(() => {
    if (me !== undefined) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [me === undefined]);
  useEffect(() => {
    if (me && flash) {
      setAnnounce(flash);
      flash = null;
    }
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

  async function create(e: Event) {
    e.preventDefault();
    let parsed: unknown;
    try {
      parsed = JSON.parse(newJson);
    } catch {
      setNewError(t('desk.invalidJson'));
      return;
    }
    try {
      const r = await api<{ id: string }>('POST', '/v1/cases', { case: parsed, ...(newTitle.trim() ? { title: newTitle.trim() } : {}) }, lang);
      setNewJson('');
      setNewTitle('');
      setNewError(null);
      navigate(`/desk/cases/${encodeURIComponent(r.id)}`);
    } catch (err) {
      setNewError(t('error.api', { detail: err instanceof ApiError ? err.message : String(err) }));
    }
  }

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
    apply({ ...view, status: draft.status, jurisdiction: draft.jurisdiction, q: draft.q, deadlineBefore });
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
        <div class="filter-buttons">
          <button type="submit" class="btn-secondary" id="filter-apply">
            {t('filter.apply')}
          </button>
          <button
            type="button"
            class="btn-link"
            id="filter-reset"
            onClick={() => {
              setDraft({ status: '', jurisdiction: '', q: '', deadline: '' });
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
                  <th scope="col">{t('th.status')}</th>
                  <th scope="col">{t('th.jurisdiction')}</th>
                  {sortHeader('refund_due', 'num')}
                  {sortHeader('next_deadline')}
                  {sortHeader('updated_at')}
                </tr>
              </thead>
              <tbody>
                {items.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <a
                        href={`/desk/cases/${encodeURIComponent(c.id)}`}
                        onClick={(e) => {
                          e.preventDefault();
                          navigate(`/desk/cases/${encodeURIComponent(c.id)}`);
                        }}
                      >
                        {c.title || c.id}
                      </a>
                      {c.archived ? <span class="badge">{t('case.archived')}</span> : null}
                    </th>
                    <td>{t(`status.${c.status}` as MessageKey)}</td>
                    <td>{t(`jurisdiction.${c.jurisdiction}` as MessageKey)}</td>
                    <td class="num">{money(c.refund_due, c.jurisdiction)}</td>
                    <td>{c.next_deadline ? formatDate(c.next_deadline, lang) : '—'}</td>
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
      <details class="new-case">
        <summary>{t('desk.new')}</summary>
        <form onSubmit={create} noValidate>
          <p class="hint">{t('desk.newHelp')}</p>
          {newError ? (
            <p class="error" role="alert">
              {newError}
            </p>
          ) : null}
          <TextField id="new-title" label={t('desk.caseTitle')} optional value={newTitle} onInput={setNewTitle} />
          <TextField id="new-json" label={t('desk.caseJson')} multiline value={newJson} onInput={setNewJson} />
          <button type="submit" class="btn-primary" id="new-create">
            {t('desk.create')}
          </button>
        </form>
      </details>
      <ExportImport onImported={() => load(view, shown)} />
    </section>
  );
}

interface WhatIfView {
  changes: { pointer: string; before: unknown; after: unknown }[];
  before: { payer_bears: string; refund_due: string };
  after: { payer_bears: string; refund_due: string };
  summary: { fr: string; en: string };
}

export function CasePage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { me, refresh } = useMe();
  const [rec, setRec] = useState<CaseRecord | null | undefined>(undefined);
  const [history, setHistory] = useState<{ version: number; at: string; user: string | { email?: string }; action: string; changes: { path: string }[] }[]>([]);
  const [status, setStatus] = useState('');
  const [notes, setNotes] = useState('');
  const [msg, setMsg] = useState('');
  const [manageMsg, setManageMsg] = useState('');
  const [confirmErase, setConfirmErase] = useState(false);
  const [whatifs, setWhatifs] = useState<WhatIfView[] | null>(null);
  const [wPath, setWPath] = useState('');
  const [wValue, setWValue] = useState('');
  const [wResult, setWResult] = useState<string>('');
  const [pq, setPq] = useState('');
  const [caseJson, setCaseJson] = useState('');
  const [jsonMsg, setJsonMsg] = useState('');
  const [found, setFound] = useState<{ id: string; citation: string; reason: string | null; supports_holder: boolean | null }[] | null>(null);

  const load = () => {
    api<CaseRecord>('GET', `/v1/cases/${encodeURIComponent(id)}`, undefined, lang).then(
      (r) => {
        setRec(r);
        setStatus(r.status);
        setNotes(r.notes ?? '');
        setCaseJson(JSON.stringify(r.case, null, 2));
        api<{ whatifs: WhatIfView[] }>('POST', '/v1/whatif', { case: r.case, lang }, lang).then((w) => setWhatifs(w.whatifs ?? []), () => setWhatifs([]));
      },
      () => setRec(null),
    );
    api<{ entries: typeof history }>('GET', `/v1/cases/${encodeURIComponent(id)}/history`, undefined, lang).then((h) => setHistory(h.entries), () => setHistory([]));
  };
  useEffect(() => {
    if (me) load();
  }, [me, id]);
  // The heading takes the focus when the case arrives, unless the user has already moved it (effects
  // run after paint, which a busy browser may delay past a quick keyboard user's first key).
  useEffect(() => {
    const active = document.activeElement;
    if (rec !== undefined && (!active || active === document.body)) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [rec === undefined]);
  useEffect(() => {
    if (confirmErase) document.getElementById('erase-title')?.focus();
  }, [confirmErase]);

  if (me === undefined) return <p role="status">{t('desk.loading')}</p>;
  if (me === null) return <Login onDone={refresh} />;
  const back = <BackToDesk label={t('case.back')} />;
  if (rec === undefined) return <p role="status">{t('desk.loading')}</p>;
  if (rec === null)
    return (
      <section>
        {back}
        <h1 tabIndex={-1}>{t('case.notFound')}</h1>
      </section>
    );

  async function saveMeta(e: Event) {
    e.preventDefault();
    try {
      const r = await api<CaseRecord>('PUT', `/v1/cases/${encodeURIComponent(id)}`, { version: rec!.version, status, notes }, lang);
      setRec(r);
      setMsg(t('case.savedVersion', { v: r.version }));
      api<{ entries: typeof history }>('GET', `/v1/cases/${encodeURIComponent(id)}/history`).then((h) => setHistory(h.entries), () => undefined);
    } catch (err) {
      setMsg(err instanceof ApiError && err.status === 409 ? t('case.conflict') : t('error.api', { detail: String(err instanceof ApiError ? err.message : err) }));
    }
  }

  async function saveCaseFile(e: Event) {
    e.preventDefault();
    let parsed: unknown;
    try {
      parsed = JSON.parse(caseJson);
    } catch {
      setJsonMsg(t('desk.invalidJson'));
      return;
    }
    try {
      const r = await api<CaseRecord>('PUT', `/v1/cases/${encodeURIComponent(id)}`, { version: rec!.version, case: parsed }, lang);
      setRec(r);
      setJsonMsg(t('case.savedVersion', { v: r.version }));
      api<{ entries: typeof history }>('GET', `/v1/cases/${encodeURIComponent(id)}/history`).then((h) => setHistory(h.entries), () => undefined);
      api<{ whatifs: WhatIfView[] }>('POST', '/v1/whatif', { case: r.case, lang }, lang).then((w) => setWhatifs(w.whatifs ?? []), () => setWhatifs([]));
    } catch (err) {
      setJsonMsg(err instanceof ApiError && err.status === 409 ? t('case.conflict') : t('error.api', { detail: String(err instanceof ApiError ? err.message : err) }));
    }
  }

  const fromApi = (err: unknown) => (err instanceof ApiError && err.status === 409 ? t('case.conflict') : t('error.api', { detail: String(err instanceof ApiError ? err.message : err) }));

  async function archive() {
    try {
      const r = await api<CaseRecord>('POST', `/v1/cases/${encodeURIComponent(id)}/archive`, { version: rec!.version }, lang);
      setRec(r);
      setManageMsg(t('case.archivedNow'));
    } catch (err) {
      setManageMsg(fromApi(err));
    }
  }

  async function unarchive() {
    try {
      const r = await api<CaseRecord>('PUT', `/v1/cases/${encodeURIComponent(id)}`, { version: rec!.version, archived: false }, lang);
      setRec(r);
      setManageMsg(t('case.unarchived'));
    } catch (err) {
      setManageMsg(fromApi(err));
    }
  }

  async function exportCase() {
    const file = `recours-case-${id}.json`;
    try {
      await downloadJson(`/v1/cases/${encodeURIComponent(id)}/export`, file, lang);
      setManageMsg(t('desk.exported', { file }));
    } catch (err) {
      setManageMsg(fromApi(err));
    }
  }

  async function erase() {
    try {
      await api('DELETE', `/v1/cases/${encodeURIComponent(id)}`, undefined, lang);
      flash = t('case.erased', { title: rec!.title || rec!.id });
      navigate('/desk');
    } catch (err) {
      setManageMsg(fromApi(err));
    }
  }

  async function runWhatIf(e: Event) {
    e.preventDefault();
    let value: unknown = wValue;
    try {
      value = JSON.parse(wValue);
    } catch {
      /* a bare string */
    }
    try {
      const r = await api<{ whatif: WhatIfView }>('POST', '/v1/whatif', { case: rec!.case, changes: [{ path: wPath, value }], lang }, lang);
      setWResult(r.whatif.summary[lang === 'fr' ? 'fr' : 'en']);
    } catch (err) {
      setWResult(t('error.api', { detail: err instanceof ApiError ? err.message : String(err) }));
    }
  }

  async function search(e: Event) {
    e.preventDefault();
    const p = new URLSearchParams({ q: pq, jurisdiction: String(rec!.case.jurisdiction ?? ''), limit: '10' });
    try {
      const r = await api<{ precedents: NonNullable<typeof found> }>('GET', `/v1/precedents?${p}`, undefined, lang);
      setFound(r.precedents);
    } catch {
      setFound([]);
    }
  }

  const userOf = (u: string | { email?: string }) => (typeof u === 'string' ? u : u?.email ?? '');
  return (
    <section class="case-page" aria-labelledby="case-title">
      <WhoBar me={me} onLogout={refresh} />
      {back}
      <h1 id="case-title" tabIndex={-1}>
        {rec.title || rec.id}
      </h1>
      <form class="case-meta" onSubmit={saveMeta} aria-labelledby="meta-title">
        <h2 id="meta-title">{t('case.meta')}</h2>
        <Select id="case-status" label={t('th.status')} value={status} options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}` as MessageKey) }))} onChange={setStatus} />
        <TextField id="case-notes" label={t('case.notes')} multiline value={notes} onInput={setNotes} />
        <div class="actions">
          <button type="submit" class="btn-secondary" id="case-save">
            {t('case.save')}
          </button>
          {rec.archived ? <span class="badge">{t('case.archived')}</span> : null}
        </div>
        <p role="status">{msg}</p>
      </form>

      <section class="result-section manage" aria-labelledby="manage-title">
        <h2 id="manage-title">{t('case.manage')}</h2>
        <p class="hint">{t('case.manageHelp')}</p>
        <div class="actions">
          <button type="button" class="btn-secondary" id="case-export" onClick={exportCase}>
            {t('case.export')}
          </button>
          {rec.archived ? (
            <button type="button" class="btn-secondary" id="case-unarchive" onClick={unarchive}>
              {t('case.unarchive')}
            </button>
          ) : (
            <button type="button" class="btn-secondary" id="case-archive" onClick={archive}>
              {t('case.archive')}
            </button>
          )}
          {confirmErase ? null : (
            <button
              type="button"
              class="btn-danger"
              id="case-erase"
              onClick={() => setConfirmErase(true)}
            >
              {t('case.erase')}
            </button>
          )}
        </div>
        {confirmErase ? (
          <div class="confirm-erase" role="group" aria-labelledby="erase-title" aria-describedby="erase-text">
            <h3 id="erase-title" tabIndex={-1}>
              {t('case.eraseTitle', { title: rec.title || rec.id })}
            </h3>
            <p id="erase-text">{t('case.eraseText')}</p>
            <p>{t('case.eraseKept')}</p>
            <div class="actions">
              <button type="button" class="btn-danger" id="erase-confirm" onClick={erase}>
                {t('case.eraseConfirm')}
              </button>
              <button
                type="button"
                class="btn-secondary"
                id="erase-cancel"
                onClick={() => {
                  setConfirmErase(false);
                  setTimeout(() => document.getElementById('case-erase')?.focus(), 0);
                }}
              >
                {t('case.eraseCancel')}
              </button>
            </div>
          </div>
        ) : null}
        <p role="status" id="manage-status">
          {manageMsg}
        </p>
      </section>

      <ResultView caseFile={rec.case} saved caseId={rec.id} />

      <section class="result-section" aria-labelledby="whatif-title">
        <h2 id="whatif-title">{t('case.whatif')}</h2>
        <p class="hint">{t('case.whatifHelp')}</p>
        {whatifs === null ? (
          <p role="status">{t('desk.loading')}</p>
        ) : whatifs.length ? (
          <ul>
            {whatifs.map((w, i) => (
              <li key={i}>
                {w.summary[lang === 'fr' ? 'fr' : 'en']}{' '}
                <span class="muted">
                  ({formatMoney(w.before.refund_due, lang, null)} → {formatMoney(w.after.refund_due, lang, null)})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('case.whatifNone')}</p>
        )}
        <form onSubmit={runWhatIf} class="row">
          <TextField id="whatif-path" label={t('case.whatifPath')} width="medium" value={wPath} onInput={setWPath} hint="notification.at, transactions.*.sca, conduct.pin_written_with_card" />
          <TextField id="whatif-value" label={t('case.whatifValue')} width="medium" value={wValue} onInput={setWValue} hint='"2013-04-22T17:40+02:00", false, "proven"' />
          <button type="submit" class="btn-secondary" id="whatif-run">
            {t('case.whatifRun')}
          </button>
        </form>
        <p role="status">{wResult}</p>
      </section>

      <section class="result-section" aria-labelledby="psearch-title">
        <h2 id="psearch-title">{t('case.precedentSearch')}</h2>
        <form onSubmit={search} class="row">
          <TextField id="precedent-q" label={t('filter.q')} width="medium" value={pq} onInput={setPq} />
          <button type="submit" class="btn-secondary">
            {t('case.search')}
          </button>
        </form>
        {found ? (
          <ul>
            {found.map((p) => (
              <li key={p.id}>
                {p.citation} — {p.supports_holder === null ? '—' : p.supports_holder ? t('result.supports') : t('result.against')}
                {p.reason ? <p class="muted">{p.reason}</p> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section class="result-section" aria-labelledby="history-title">
        <h2 id="history-title">{t('case.history')}</h2>
        {history.length ? (
          <ol class="history">
            {history.map((h) => (
              <li key={h.version}>
                {t('case.historyEntry', { at: h.at.replace('T', ' ').slice(0, 16), user: userOf(h.user), action: h.action })}
                {h.changes?.length ? <span class="muted"> ({h.changes.map((c) => c.path).join(', ')})</span> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('case.historyNone')}</p>
        )}
      </section>

      <details class="case-json">
        <summary>{t('case.json')}</summary>
        <form onSubmit={saveCaseFile} noValidate>
          <TextField id="case-json" label={t('desk.caseJson')} multiline value={caseJson} onInput={setCaseJson} />
          <button type="submit" class="btn-secondary" id="case-json-save">
            {t('case.save')}
          </button>
          <p role="status">{jsonMsg}</p>
        </form>
      </details>
    </section>
  );
}

/** The link back to the list of cases. */
/** The desk view's query as last applied: "back to the list" returns to it. */
let lastDeskSearch = '';

export function BackToDesk(props: { label: string }) {
  return (
    <p>
      <a
        href={`/desk${lastDeskSearch}`}
        onClick={(e) => {
          e.preventDefault();
          navigate(`/desk${lastDeskSearch}`);
        }}
      >
        ← {props.label}
      </a>
    </p>
  );
}
