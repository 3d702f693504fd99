/** A new case on the desk, through the case form; its title defaults to "holder – bank – date". */
import { useState } from 'preact/hooks';
import { makeI18n, navigate, useI18n } from '../ctx.js';
import { TextField } from '../fields.js';
import { api } from '../../api.js';
import { emptyAnswers, intakeNotes, toCase } from '../../model.js';
import { defaultTitle } from '../../caseFile.js';
import { Login, useMe, WhoBar } from './session.js';
import { BackToDesk } from './nav.js';
import { CaseForm } from './caseForm.js';

export function NewCase() {
  const { t, lang } = useI18n();
  const { me, refresh } = useMe();
  const [title, setTitle] = useState('');
  if (me === undefined) return <p role="status">{t('desk.loading')}</p>;
  if (me === null) return <Login onDone={refresh} />;
  return (
    <section class="new-case-page" aria-labelledby="new-title">
      <WhoBar me={me} onLogout={refresh} />
      <BackToDesk label={t('case.back')} />
      <h1 id="new-title" tabIndex={-1}>
        {t('desk.new')}
      </h1>
      <p class="hint">{t('desk.newHelp')}</p>
      <CaseForm
        initial={emptyAnswers()}
        submitLabel={t('desk.create')}
        onSubmit={async (a) => {
          const notes = intakeNotes(a, makeI18n(lang, 'caseworker').t);
          const r = await api<{ id: string }>('POST', '/v1/cases', { case: toCase(a), title: title.trim() || defaultTitle(a, lang), ...(notes ? { notes } : {}) }, lang);
          navigate(`/desk/cases/${encodeURIComponent(r.id)}`);
        }}
      >
        <TextField id="new-title-input" label={t('desk.caseTitle')} optional hint={t('desk.titleHint')} value={title} onInput={setTitle} />
      </CaseForm>
    </section>
  );
}
