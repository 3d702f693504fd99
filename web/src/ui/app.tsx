/** The shell: skip link, header with navigation and language switch, routes (victim, desk, case page). */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { I18nContext, makeI18n, navigate } from './ctx.js';
import { Questionnaire } from './questionnaire.js';
import { Desk } from './desk/list.js';
import { CasePage } from './desk/casePage.js';
import { NewCase } from './desk/newCase.js';
import { Users } from './users.js';
import { detectLang, LANG_NAMES, LANGS } from '../i18n/index.js';
import { loadLang, saveLang } from '../storage.js';
import type { Lang } from '../money.js';

function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const on = () => setPath(location.pathname);
    addEventListener('popstate', on);
    return () => removeEventListener('popstate', on);
  }, []);
  return path;
}

export function App() {
  const [lang, setLang] = useState<Lang>(() => {
    const fromQuery = new URLSearchParams(location.search).get('lang');
    return detectLang(fromQuery ?? loadLang(), navigator.languages ?? [navigator.language]);
  });
  const i18n = useMemo(() => makeI18n(lang), [lang]);
  const path = usePath();
  const desk = path.startsWith('/desk');

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${desk ? i18n.t('nav.desk') : i18n.t('nav.victim')} — ${i18n.t('app.title')}`;
  }, [lang, desk, i18n]);

  const caseMatch = /^\/desk\/cases\/([^/]+)$/.exec(path);
  const link = (href: string, label: string, current: boolean) => (
    <a
      href={href}
      aria-current={current ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        navigate(href);
      }}
    >
      {label}
    </a>
  );

  return (
    <I18nContext.Provider value={i18n}>
      <a class="skip-link" href="#main">
        {i18n.t('skip')}
      </a>
      <header class="site-header">
        <div class="header-inner">
          <p class="brand">
            <span class="brand-name">{i18n.t('app.name')}</span> <span class="brand-tagline">{i18n.t('app.tagline')}</span>
          </p>
          <nav aria-label={i18n.t('nav.label')}>
            <ul>
              <li>{link('/', i18n.t('nav.victim'), !desk)}</li>
              <li>{link('/desk', i18n.t('nav.desk'), desk)}</li>
            </ul>
          </nav>
          <div class="lang-switch" role="group" aria-label={i18n.t('lang.label')}>
            {LANGS.map((l) => (
              <button
                type="button"
                key={l}
                lang={l}
                id={`lang-${l}`}
                aria-pressed={l === lang ? 'true' : 'false'}
                onClick={() => {
                  setLang(l);
                  saveLang(l);
                }}
              >
                {LANG_NAMES[l]}
              </button>
            ))}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {caseMatch ? <CasePage id={decodeURIComponent(caseMatch[1]!)} /> : path === '/desk/users' ? <Users /> : path === '/desk/new' ? <NewCase /> : desk ? <Desk /> : <Questionnaire />}
      </main>
      <footer class="site-footer">
        <p>recours — EUPL-1.2</p>
      </footer>
    </I18nContext.Provider>
  );
}
