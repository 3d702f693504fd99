/** Who is signed in on the desk: the session, the sign-in form and the bar with the user and sign-out. */
import { useEffect, useState } from 'preact/hooks';
import { navigate, useI18n } from '../ctx.js';
import { TextField } from '../fields.js';
import { api, ApiError, getMe, setCsrf, type Me } from '../../api.js';

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
