/** The desk's export of all cases and import of an export file. */
import { useState } from 'preact/hooks';
import { useI18n } from '../ctx.js';
import { api, downloadJson, problemErrors } from '../../api.js';
import { failure } from '../failure.js';
import { ProblemList } from './problems.js';

/** Export everything, import an export: the organisation's cases as one JSON file. */
export function ExportImport({ onImported }: { onImported: () => void }) {
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
      setMsg(failure(t, e));
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
