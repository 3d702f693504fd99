/** For experts: the case file as JSON, behind a disclosure; a refused file lists its errors by field. */
import { useState } from 'preact/hooks';
import { useI18n } from '../ctx.js';
import { TextField } from '../fields.js';
import { problemErrors } from '../../api.js';
import { failure } from '../failure.js';
import { ProblemList } from './problems.js';
import type { CaseRecord } from './types.js';

export function CaseJson({ rec, put }: { rec: CaseRecord; put: (b: Record<string, unknown>) => Promise<CaseRecord> }) {
  const { t } = useI18n();
  const [text, setText] = useState(() => JSON.stringify(rec.case, null, 2));
  const [msg, setMsg] = useState('');
  const [errors, setErrors] = useState<ReturnType<typeof problemErrors> | null>(null);
  async function save(e: Event) {
    e.preventDefault();
    setErrors(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      setMsg(t('desk.invalidJson'));
      return;
    }
    try {
      const r = await put({ case: parsed });
      setText(JSON.stringify(r.case, null, 2));
      setMsg(t('case.savedVersion', { v: r.version }));
    } catch (err) {
      const list = problemErrors(err);
      if (list.some((x) => x.pointer)) {
        setErrors(list);
        setMsg('');
      } else setMsg(failure(t, err));
    }
  }
  return (
    <details class="case-json">
      <summary>{t('case.json')}</summary>
      <form onSubmit={save} noValidate>
        <p class="hint">{t('case.jsonHelp')}</p>
        <TextField id="case-json" label={t('desk.caseJson')} multiline value={text} onInput={setText} />
        {errors ? (
          <div class="error-summary" role="alert">
            <ProblemList errors={errors} />
          </div>
        ) : null}
        <button type="submit" class="btn-secondary" id="case-json-save">
          {t('case.save')}
        </button>
        <p role="status">{msg}</p>
      </form>
    </details>
  );
}
