/**
 * The caseworker's desk (multi-user mode, also available in local mode): the organisation's cases
 * with status, amount at stake and next deadline, sorted and filtered; a case page with the result,
 * history, what-if, precedents and letters.
 */
import { useEffect, useState } from 'preact/hooks';
import { navigate, useI18n } from './ctx.js';
import { Select, TextField } from './fields.js';
import { ResultView } from './result.js';
import { api, ApiError, getMe, setCsrf, type Me } from '../api.js';
import { formatMoney } from '../money.js';
import { formatDate } from '../dates.js';
import type { MessageKey } from '../i18n/index.js';

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

function useMe(): { me: Me | null | undefined; refresh: () => void; error: string | null } {
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

function Login({ onDone }: { onDone: () => void }) {
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

function WhoBar({ me, onLogout }: { me: Me; onLogout: () => void }) {
  const { t } = useI18n();
  return (
    <div class="who">
      <p>{t('desk.who', { email: me.user.email, org: me.organisation.name })}</p>
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

export function Desk() {
  const { t, lang } = useI18n();
  const { me, refresh, error } = useMe();
  const [items, setItems] = useState<Item[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [filters, setFilters] = useState({ status: '', jurisdiction: '', q: '', archived: false, sort: 'next_deadline' });
  const [newJson, setNewJson] = useState('');
  const [newTitle, setNewTitle] = useState('');
  const [newError, setNewError] = useState<string | null>(null);

  const load = (f = filters) => {
    const p = new URLSearchParams();
    if (f.status) p.set('status', f.status);
    if (f.jurisdiction) p.set('jurisdiction', f.jurisdiction);
    if (f.q.trim()) p.set('q', f.q.trim());
    if (f.archived) p.set('archived', 'true');
    p.set('sort', f.sort === 'refund_due' ? '-refund_due' : f.sort === 'updated_at' ? '-updated_at' : 'next_deadline');
    p.set('limit', '100');
    api<{ items: Item[] }>('GET', `/v1/cases?${p}`, undefined, lang).then(
      (r) => {
        setItems(r.items);
        setListError(null);
      },
      (e) => setListError(t('error.api', { detail: e instanceof ApiError ? e.message : String(e) })),
    );
  };
  useEffect(() => {
    if (me) load();
  }, [me]);
  useEffect(() => {
    if (me !== undefined) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [me === undefined]);

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

  const money = (s: string, j: 'FR' | 'BE') => formatMoney(s, lang, j);
  return (
    <section class="desk" aria-labelledby="desk-title">
      <WhoBar me={me} onLogout={refresh} />
      <h1 id="desk-title" tabIndex={-1}>
        {t('desk.title')}
      </h1>
      <form
        class="filters"
        aria-labelledby="filters-title"
        onSubmit={(e) => {
          e.preventDefault();
          load();
        }}
      >
        <h2 id="filters-title" class="visually-hidden">
          {t('desk.filters')}
        </h2>
        <Select id="filter-status" label={t('filter.status')} value={filters.status} options={[{ value: '', label: t('filter.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}` as MessageKey) }))]} onChange={(v) => setFilters({ ...filters, status: v })} />
        <Select id="filter-jurisdiction" label={t('filter.jurisdiction')} value={filters.jurisdiction} options={[{ value: '', label: t('filter.all') }, { value: 'FR', label: t('jurisdiction.FR') }, { value: 'BE', label: t('jurisdiction.BE') }]} onChange={(v) => setFilters({ ...filters, jurisdiction: v })} />
        <TextField id="filter-q" label={t('filter.q')} width="medium" value={filters.q} onInput={(v) => setFilters({ ...filters, q: v })} />
        <Select id="filter-sort" label={t('sort.label')} value={filters.sort} options={[{ value: 'next_deadline', label: t('sort.deadline') }, { value: 'refund_due', label: t('sort.amount') }, { value: 'updated_at', label: t('sort.updated') }]} onChange={(v) => setFilters({ ...filters, sort: v })} />
        <div class="choice choice-check">
          <input type="checkbox" id="filter-archived" checked={filters.archived} onChange={(e) => setFilters({ ...filters, archived: (e.currentTarget as HTMLInputElement).checked })} />
          <label for="filter-archived">{t('filter.archived')}</label>
        </div>
        <button type="submit" class="btn-secondary" id="filter-apply">
          {t('filter.apply')}
        </button>
      </form>
      {listError ? (
        <p class="error" role="alert">
          {listError}
        </p>
      ) : null}
      {items === null ? (
        <p role="status">{t('desk.loading')}</p>
      ) : items.length === 0 ? (
        <p role="status">{t('desk.empty')}</p>
      ) : (
        <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="desk-title">
          <table class="cases">
            <caption class="visually-hidden">{t('desk.count', { n: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('th.title')}</th>
                <th scope="col">{t('th.status')}</th>
                <th scope="col">{t('th.jurisdiction')}</th>
                <th scope="col" class="num">
                  {t('th.refundDue')}
                </th>
                <th scope="col">{t('th.nextDeadline')}</th>
                <th scope="col">{t('th.updated')}</th>
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
  useEffect(() => {
    if (rec !== undefined) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [rec === undefined]);

  if (me === undefined) return <p role="status">{t('desk.loading')}</p>;
  if (me === null) return <Login onDone={refresh} />;
  const back = (
    <p>
      <a
        href="/desk"
        onClick={(e) => {
          e.preventDefault();
          navigate('/desk');
        }}
      >
        ← {t('case.back')}
      </a>
    </p>
  );
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

  async function archive() {
    try {
      const r = await api<CaseRecord>('POST', `/v1/cases/${encodeURIComponent(id)}/archive`, { version: rec!.version }, lang);
      setRec(r);
      setMsg(t('case.archived'));
    } catch (err) {
      setMsg(err instanceof ApiError && err.status === 409 ? t('case.conflict') : t('error.api', { detail: String(err instanceof ApiError ? err.message : err) }));
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
          {rec.archived ? (
            <span class="badge">{t('case.archived')}</span>
          ) : (
            <button type="button" class="btn-link" id="case-archive" onClick={archive}>
              {t('case.archive')}
            </button>
          )}
        </div>
        <p role="status">{msg}</p>
      </form>

      <ResultView caseFile={rec.case} saved />

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
