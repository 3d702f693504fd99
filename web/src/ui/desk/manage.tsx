/** Export, archive or erase a case (erasure after a clear confirmation). */
import { useEffect, useState } from 'preact/hooks';
import { navigate, useI18n } from '../ctx.js';
import { api, downloadJson } from '../../api.js';
import { plainText } from '../../text.js';
import { failure } from '../failure.js';
import { setFlash } from './nav.js';
import type { CaseRecord } from './types.js';

export function Manage({ rec, onChange }: { rec: CaseRecord; onChange: (r: CaseRecord) => void }) {
  const { t, lang } = useI18n();
  const [manageMsg, setManageMsg] = useState('');
  const [confirmErase, setConfirmErase] = useState(false);
  const id = rec.id;
  const path = `/v1/cases/${encodeURIComponent(id)}`;
  useEffect(() => {
    if (confirmErase) document.getElementById('erase-title')?.focus();
  }, [confirmErase]);
  const act = async (f: () => Promise<string>) => {
    try {
      setManageMsg(await f());
    } catch (err) {
      setManageMsg(failure(t, err));
    }
  };
  const archive = () => act(async () => {
    onChange(await api<CaseRecord>('POST', `${path}/archive`, { version: rec.version }, lang));
    return t('case.archivedNow');
  });
  const unarchive = () => act(async () => {
    onChange(await api<CaseRecord>('PUT', path, { version: rec.version, archived: false }, lang));
    return t('case.unarchived');
  });
  const exportCase = () => act(async () => {
    const file = `recours-case-${id}.json`;
    await downloadJson(`${path}/export`, file, lang);
    return t('desk.exported', { file });
  });
  const erase = () => act(async () => {
    await api('DELETE', path, undefined, lang);
    setFlash(t('case.erased', { title: plainText(rec.title) || rec.id }));
    navigate('/desk');
    return '';
  });
  return (
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
              {t('case.eraseTitle', { title: plainText(rec.title) || rec.id })}
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
  );
}
