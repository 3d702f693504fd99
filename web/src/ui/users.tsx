/**
 * The users of the organisation (multi-user mode, administrators only): the list (GET /v1/users)
 * with each user's role to switch (PATCH) and removal after a confirmation (DELETE), and a form to
 * add one (POST /v1/users). A refused request shows its problems by field.
 */
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from './ctx.js';
import { ErrorSummary, Radios, TextField } from './fields.js';
import { Login, useMe, WhoBar } from './desk/session.js';
import { BackToDesk } from './desk/nav.js';
import { ProblemList } from './desk/problems.js';
import { api, ApiError, problemErrors } from '../api.js';
import { formatDate } from '../dates.js';
import type { MessageKey } from '../i18n/index.js';

interface User {
  id: string;
  email: string;
  name: string;
  role: string;
  created_at: string;
}

const FIELDS = ['email', 'name', 'password', 'role'] as const;
type Field = (typeof FIELDS)[number];
/** What a 422 on each field means here (POST /v1/users: an e-mail, a name, ≥ 12 characters, a role). */
const OWN: Record<Field, MessageKey> = { email: 'users.emailInvalid', name: 'users.nameRequired', password: 'users.passwordShort', role: 'users.roleRequired' };

export function Users() {
  const { t, lang } = useI18n();
  const { me, refresh } = useMe();
  const [users, setUsers] = useState<User[] | null>(null);
  const [form, setForm] = useState<Record<Field, string>>({ email: '', name: '', password: '', role: 'caseworker' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [other, setOther] = useState<ReturnType<typeof problemErrors>>([]);
  const [msg, setMsg] = useState('');
  const [busy, setBusy] = useState(false);
  /** The user whose removal awaits confirmation, and what the last change of the list said. */
  const [removing, setRemoving] = useState<User | null>(null);
  /** The user being given a new password, and the password typed. */
  const [resetting, setResetting] = useState<User | null>(null);
  const [newPassword, setNewPassword] = useState('');
  const [resetError, setResetError] = useState<string | undefined>(undefined);
  const [listMsg, setListMsg] = useState<{ text: string; alert: boolean }>({ text: '', alert: false });

  const load = () =>
    api<{ users: User[] }>('GET', '/v1/users', undefined, lang).then(
      (r) => setUsers(r.users),
      (e) => {
        setUsers([]);
        setOther(problemErrors(e));
      },
    );
  const isAdmin = !!me && me.mode === 'multi' && me.role === 'admin';
  useEffect(() => {
    if (isAdmin) load();
  }, [isAdmin]);
  useEffect(() => {
    if (me !== undefined) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [me === undefined]);
  // The confirmation takes the focus when it opens.
  useEffect(() => {
    if (removing) document.getElementById('remove-title')?.focus();
  }, [removing]);
  useEffect(() => {
    if (resetting) document.getElementById('reset-password')?.focus();
  }, [resetting]);

  if (me === undefined) return <p role="status">{t('desk.loading')}</p>;
  if (me === null) return <Login onDone={refresh} />;
  const back = <BackToDesk label={t('case.back')} />;
  if (!isAdmin)
    return (
      <section aria-labelledby="users-title">
        <WhoBar me={me} onLogout={refresh} />
        {back}
        <h1 id="users-title" tabIndex={-1}>
          {t('nav.users')}
        </h1>
        <p id="users-forbidden">{t(me.mode === 'local' ? 'users.local' : 'users.forbidden')}</p>
      </section>
    );

  /** A change of the list (role, removal): the answer or the refusal in the list's own status line. */
  async function change(run: () => Promise<unknown>, done: string) {
    try {
      await run();
      setListMsg({ text: done, alert: false });
      load();
    } catch (err) {
      const text = err instanceof ApiError && err.status === 409 ? t('users.lastAdmin') : problemErrors(err).map((x) => x.message).join('; ') || String(err);
      setListMsg({ text, alert: true });
    }
  }
  const switchRole = (u: User) => {
    const role = u.role === 'admin' ? 'caseworker' : 'admin';
    return change(() => api('PATCH', `/v1/users/${encodeURIComponent(u.id)}`, { role }, lang), t('users.roleChanged', { email: u.email, role: t(`role.${role}`) }));
  };
  const remove = async (u: User) => {
    setRemoving(null);
    await change(() => api('DELETE', `/v1/users/${encodeURIComponent(u.id)}`, undefined, lang), t('users.removed', { email: u.email }));
    setTimeout(() => document.getElementById('users-list-status')?.focus(), 0);
  };

  async function resetPassword(e: Event) {
    e.preventDefault();
    if (!resetting) return;
    if (newPassword.length < 12) {
      setResetError(t('users.passwordShort'));
      return;
    }
    const u = resetting;
    setResetting(null);
    setNewPassword('');
    setResetError(undefined);
    await change(() => api('PATCH', `/v1/users/${encodeURIComponent(u.id)}`, { password: newPassword }, lang), t('users.passwordSet', { email: u.email }));
    setTimeout(() => document.getElementById('users-list-status')?.focus(), 0);
  }

  async function add(e: Event) {
    e.preventDefault();
    setBusy(true);
    setMsg('');
    try {
      const r = await api<User>('POST', '/v1/users', { ...form, email: form.email.trim(), name: form.name.trim() }, lang);
      setFieldErrors({});
      setOther([]);
      setForm({ email: '', name: '', password: '', role: 'caseworker' });
      setMsg(t('users.added', { email: r.email }));
      load();
    } catch (err) {
      const byField: Partial<Record<Field, string>> = {};
      const rest: ReturnType<typeof problemErrors> = [];
      const status = err instanceof ApiError ? err.status : 0;
      for (const x of problemErrors(err)) {
        const f = x.pointer.replace(/^\//, '') as Field;
        if (!(FIELDS as readonly string[]).includes(f)) {
          rest.push(x);
          continue;
        }
        // The server's words for the usual problems, in the page's language (its own message otherwise).
        const own: MessageKey | undefined = status === 409 && f === 'email' ? 'users.taken' : status === 422 ? OWN[f] : undefined;
        const text = own ? t(own) : x.message;
        if (!byField[f]?.includes(text)) byField[f] = byField[f] ? `${byField[f]}; ${text}` : text;
      }
      if (err instanceof ApiError && err.status === 409 && !byField.email && !rest.length) byField.email = t('users.taken');
      setFieldErrors(byField);
      setOther(rest);
      setTimeout(() => document.getElementById('error-summary')?.focus(), 0);
    } finally {
      setBusy(false);
    }
  }

  const summary = [
    ...FIELDS.filter((f) => fieldErrors[f]).map((f) => ({ field: f === 'role' ? 'user-role' : `user-${f}`, text: t('problem.field', { field: t(`users.${f}`), message: fieldErrors[f]! }) })),
  ];
  return (
    <section class="users" aria-labelledby="users-title">
      <WhoBar me={me} onLogout={refresh} />
      {back}
      <h1 id="users-title" tabIndex={-1}>
        {t('users.title', { org: me.organisation.name })}
      </h1>
      {users === null ? (
        <p>{t('desk.loading')}</p>
      ) : (
        <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="users-title">
          <table class="users-table">
            <caption class="visually-hidden">{t('users.count', { n: users.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.created')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u, i) => (
                <tr key={u.id}>
                  <th scope="row">{u.email}</th>
                  <td>{u.name}</td>
                  <td>{t(u.role === 'admin' ? 'role.admin' : 'role.caseworker')}</td>
                  <td>{formatDate(u.created_at.slice(0, 10), lang)}</td>
                  <td>
                    <div class="user-actions">
                    <button type="button" class="btn-secondary" id={`user-switch-${i}`} onClick={() => switchRole(u)}>
                      {t(u.role === 'admin' ? 'users.makeCaseworker' : 'users.makeAdmin', { email: u.email })}
                    </button>
                    <button type="button" class="btn-secondary" id={`user-reset-${i}`} onClick={() => { setResetting(u); setNewPassword(''); setResetError(undefined); }}>
                      {t('users.reset', { email: u.email })}
                    </button>
                    <button
                      type="button"
                      class="btn-danger"
                      id={`user-remove-${i}`}
                      onClick={() => setRemoving(u)}
                    >
                      {t('users.remove', { email: u.email })}
                    </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {resetting ? (
        <form class="reset-password" onSubmit={resetPassword} noValidate aria-labelledby="reset-title">
          <h2 id="reset-title">{t('users.resetTitle', { email: resetting.email })}</h2>
          <TextField id="reset-password" label={t('users.password')} hint={t('users.resetHint')} type="password" autoComplete="new-password" value={newPassword} error={resetError} onInput={setNewPassword} />
          <div class="actions">
            <button type="submit" class="btn-primary" id="reset-confirm">
              {t('users.resetConfirm')}
            </button>
            <button type="button" class="btn-secondary" id="reset-cancel" onClick={() => setResetting(null)}>
              {t('users.removeCancel')}
            </button>
          </div>
        </form>
      ) : null}
      {removing ? (
        <div class="confirm-erase" role="group" aria-labelledby="remove-title" aria-describedby="remove-text">
          <h2 id="remove-title" tabIndex={-1}>
            {t('users.removeTitle', { email: removing.email })}
          </h2>
          <p id="remove-text">{t('users.removeText')}</p>
          <div class="actions">
            <button type="button" class="btn-danger" id="remove-confirm" onClick={() => remove(removing)}>
              {t('users.removeConfirm')}
            </button>
            <button type="button" class="btn-secondary" id="remove-cancel" onClick={() => setRemoving(null)}>
              {t('users.removeCancel')}
            </button>
          </div>
        </div>
      ) : null}
      <p id="users-list-status" tabIndex={-1} role={listMsg.alert ? 'alert' : 'status'} class={listMsg.alert ? 'error' : undefined}>
        {listMsg.text}
      </p>
      <form class="add-user" onSubmit={add} noValidate aria-labelledby="add-user-title">
        <h2 id="add-user-title">{t('users.add')}</h2>
        {summary.length ? (
          <ErrorSummary errors={summary} label={t('error.summary')} />
        ) : other.length ? (
          <div class="error-summary" role="alert" tabIndex={-1} id="error-summary">
            <h3>{t('users.refused')}</h3>
            <ProblemList errors={other} />
          </div>
        ) : null}
        <TextField id="user-email" label={t('users.email')} type="email" inputMode="email" autoComplete="off" value={form.email} error={fieldErrors.email} onInput={(v) => setForm({ ...form, email: v })} />
        <TextField id="user-name" label={t('users.name')} autoComplete="off" value={form.name} error={fieldErrors.name} onInput={(v) => setForm({ ...form, name: v })} />
        <TextField id="user-password" label={t('users.password')} hint={t('users.passwordHint')} type="password" autoComplete="new-password" value={form.password} error={fieldErrors.password} onInput={(v) => setForm({ ...form, password: v })} />
        <Radios
          name="user-role"
          legend={t('users.role')}
          small
          options={[
            { value: 'caseworker', label: t('role.caseworker') },
            { value: 'admin', label: t('role.admin') },
          ]}
          value={form.role}
          error={fieldErrors.role}
          onChange={(v) => setForm({ ...form, role: v })}
        />
        <button type="submit" class="btn-primary" id="user-add" disabled={busy}>
          {t('users.submit')}
        </button>
        <p role="status" id="users-status">
          {msg}
        </p>
      </form>
    </section>
  );
}
