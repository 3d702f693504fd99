/**
 * A case page: title, status and notes; the result in the caseworker's voice; the facts as a form
 * (saving reassesses); what-if; precedents; the history with its values; export, archive, erasure;
 * and, for experts, the case file as JSON behind a disclosure.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { I18nContext, makeI18n, useI18n } from '../ctx.js';
import { Select, TextField } from '../fields.js';
import { ResultView } from '../result.js';
import { fromCase, editCase } from '../../caseFile.js';
import { plainText } from '../../text.js';
import type { MessageKey } from '../../i18n/index.js';
import { Login, useMe, WhoBar } from './session.js';
import { BackToDesk } from './nav.js';
import { CaseForm } from './caseForm.js';
import { WhatIfSection } from './whatIf.js';
import { PrecedentSearch } from './precedentSearch.js';
import { History } from './history.js';
import { Manage } from './manage.js';
import { CaseJson } from './caseJson.js';
import { failure } from '../failure.js';
import { useCase } from './useCase.js';
import { NextStep } from './nextStep.js';
import { STATUSES, type CaseRecord } from './types.js';

function MetaForm({ rec, put }: { rec: CaseRecord; put: (b: Record<string, unknown>) => Promise<CaseRecord> }) {
  const { t } = useI18n();
  const [title, setTitle] = useState(rec.title);
  const [status, setStatus] = useState<string>(rec.status);
  const [notes, setNotes] = useState(rec.notes ?? '');
  const [msg, setMsg] = useState('');
  async function save(e: Event) {
    e.preventDefault();
    try {
      const r = await put({ title, status, notes });
      setMsg(t('case.savedVersion', { v: r.version }));
    } catch (err) {
      setMsg(failure(t, err));
    }
  }
  return (
    <form class="case-meta" onSubmit={save} aria-labelledby="meta-title">
      <h2 id="meta-title">{t('case.meta')}</h2>
      <TextField id="case-title-input" label={t('desk.caseTitle')} value={title} onInput={setTitle} />
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
  );
}

export function CasePage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { me, refresh } = useMe();
  const { rec, history, saved, put } = useCase(id, lang, !!me);
  const [factsMsg, setFactsMsg] = useState('');
  const caseworker = useMemo(() => makeI18n(lang, 'caseworker'), [lang]);
  // The heading takes the focus when the case arrives, unless the user has already moved it (effects
  // run after paint, which a busy browser may delay past a quick keyboard user's first key).
  useEffect(() => {
    const active = document.activeElement;
    if (rec !== undefined && (!active || active === document.body)) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [rec === undefined]);

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

  return (
    <section class="case-page" aria-labelledby="case-title">
      <WhoBar me={me} onLogout={refresh} />
      {back}
      <h1 id="case-title" tabIndex={-1}>
        {plainText(rec.title) || rec.id}
      </h1>
      <NextStep rec={rec} />
      <MetaForm rec={rec} put={put} key={rec.id} />
      <I18nContext.Provider value={caseworker}>
        <ResultView caseFile={rec.case as Record<string, unknown>} saved caseId={rec.id} />
      </I18nContext.Provider>
      <section class="result-section" aria-labelledby="facts-title">
        <h2 id="facts-title">{t('case.facts')}</h2>
        <p class="hint">{t('case.factsHelp')}</p>
        <CaseForm
          key={rec.version}
          initial={fromCase(rec.case)}
          submitLabel={t('case.saveFacts')}
          onSubmit={async (a) => {
            const r = await put({ case: editCase(rec.case, a) });
            setFactsMsg(t('case.reassessed', { v: r.version }));
          }}
        />
        <p role="status" id="facts-status">
          {factsMsg}
        </p>
      </section>
      <I18nContext.Provider value={caseworker}>
        <WhatIfSection caseFile={rec.case} />
      </I18nContext.Provider>
      <PrecedentSearch jurisdiction={rec.case.jurisdiction} />
      <History entries={history} caseFile={rec.case} />
      <Manage rec={rec} onChange={saved} />
      <CaseJson rec={rec} put={put} />
    </section>
  );
}
