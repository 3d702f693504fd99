/**
 * What-if on the case page: the single changes of fact the engine finds that alter the result, and
 * the caseworker's own change picked from lists (a fact's standing, a date typed the local way, an
 * operation's authentication), with the result side by side with today's.
 */
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../ctx.js';
import { Select, TextField } from '../fields.js';
import { api } from '../../api.js';
import { formatMoney } from '../../money.js';
import { caseDate, parseUserDateTime, offsetAt, TIME_ZONE } from '../../dates.js';
import { AUTH_METHODS, REPLIES } from '../../model.js';
import type { CaseInput } from '../../../../src/case/schema.js';
import type { WhatIf } from '../../../../src/engine/whatIf.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { failure } from '../failure.js';
import { pointerWords, valueWords } from './fieldWords.js';

/** A change the caseworker can pick: where, and what kind of value it takes. */
interface Target {
  id: string;
  path: string;
  label: string;
  kind: 'date' | 'status' | 'bool' | 'auth';
}

function targets(c: CaseInput, t: Translate): Target[] {
  const out: Target[] = [
    { id: 'notification', path: '/notification/at', label: t('w.notification'), kind: 'date' },
    { id: 'incident', path: '/incident/at', label: t('w.incidentAt'), kind: 'date' },
    { id: 'noticed', path: '/incident/noticed_at', label: t('w.noticedAt'), kind: 'date' },
    { id: 'auth-proven', path: '/evidence/authentication_proven', label: t('w.authProven'), kind: 'bool' },
    { id: 'deficiency', path: '/evidence/no_technical_deficiency_proven', label: t('w.noDeficiency'), kind: 'bool' },
    { id: 'detectable', path: '/incident/detectable_before_payment', label: t('w.detectable'), kind: 'bool' },
  ];
  (c.conduct ?? []).forEach((k, i) => out.push({ id: `conduct-${i}`, path: `/conduct/${i}/status`, label: pointerWords(`/conduct/${i}`, t, c), kind: 'status' }));
  c.transactions.forEach((_, i) => {
    out.push({ id: `tx-${i}-sca`, path: `/transactions/${i}/sca`, label: pointerWords(`/transactions/${i}/sca`, t), kind: 'bool' });
    out.push({ id: `tx-${i}-auth`, path: `/transactions/${i}/authentication`, label: pointerWords(`/transactions/${i}/authentication`, t), kind: 'auth' });
    out.push({ id: `tx-${i}-at`, path: `/transactions/${i}/at`, label: pointerWords(`/transactions/${i}/at`, t), kind: 'date' });
  });
  return out;
}

/** One what-if in words: each change, then the holder's share and the refund before and after. */
function WhatIfLine({ w, c }: { w: WhatIf; c: CaseInput }) {
  const { t, lang } = useI18n();
  const money = (s: string) => formatMoney(s, lang, c.jurisdiction);
  const changed = w.changes.map((x) => t('whatif.change', { field: pointerWords(x.pointer, t, c), before: valueWords(x.before, x.pointer, { t, lang }), after: valueWords(x.after, x.pointer, { t, lang }) })).join(' ; ');
  return <>{t('w.pair', { a: changed, b: t('whatif.effect', { before: money(w.before.payer_bears), after: money(w.after.payer_bears), refund: money(w.after.refund_due) }) })}</>;
}

export function WhatIfSection({ caseFile }: { caseFile: CaseInput }) {
  const { t, lang } = useI18n();
  const [auto, setAuto] = useState<WhatIf[] | null>(null);
  const [target, setTarget] = useState('');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<WhatIf | null>(null);
  const [failed, setFailed] = useState('');
  const key = JSON.stringify(caseFile);
  useEffect(() => {
    setAuto(null);
    setResult(null);
    api<{ whatifs: WhatIf[] }>('POST', '/v1/whatif', { case: caseFile, lang }, lang).then((r) => setAuto(r.whatifs ?? []), () => setAuto([]));
  }, [key, lang]);

  const list = targets(caseFile, t);
  const chosen = list.find((x) => x.id === target) ?? null;
  const money = (s: string) => formatMoney(s, lang, caseFile.jurisdiction);

  /** The value typed or picked, as the case file writes it; undefined with an error when it cannot be read. */
  function readValue(x: Target): unknown {
    if (x.kind === 'bool') return value === 'true' ? true : value === 'false' ? false : null;
    if (x.kind !== 'date') return value;
    const d = parseUserDateTime(value);
    if (!d) return undefined;
    if (!d.time) return d.date;
    const tz = TIME_ZONE[caseFile.jurisdiction];
    return /^\d{4}-\d{2}-\d{2}$/.test(d.date) ? `${d.date}T${d.time}${offsetAt(d.date, d.time, tz)}` : caseDate(d.date, d.time, undefined, caseFile.jurisdiction);
  }

  async function run(e: Event) {
    e.preventDefault();
    setFailed('');
    if (!chosen) {
      setError(undefined);
      setFailed(t('whatif.pick'));
      return;
    }
    const v = readValue(chosen);
    if (v === undefined || (chosen.kind !== 'bool' && !value)) {
      setError(chosen.kind === 'date' ? t('whatif.dateError') : t('error.required'));
      setTimeout(() => document.getElementById('whatif-value')?.focus(), 0);
      return;
    }
    setError(undefined);
    try {
      const r = await api<{ whatif: WhatIf }>('POST', '/v1/whatif', { case: caseFile, changes: [{ path: chosen.path, value: v }], lang }, lang);
      setResult(r.whatif);
    } catch (err) {
      setResult(null);
      setFailed(failure(t, err));
    }
  }

  const valueControl = !chosen ? null : chosen.kind === 'date' ? (
    <TextField id="whatif-value" label={t('whatif.newDate')} hint={t('whatif.dateHint')} width="medium" value={value} error={error} onInput={setValue} />
  ) : (
    <Select
      id="whatif-value"
      label={t('whatif.newValue')}
      value={value}
      options={[
        { value: '', label: '—' },
        ...(chosen.kind === 'bool'
          ? [{ value: 'true', label: t('yes') }, { value: 'false', label: t('no') }]
          : chosen.kind === 'auth'
            ? AUTH_METHODS.map((m) => ({ value: m, label: t(`auth.${m}` as MessageKey) }))
            : REPLIES.map((r) => ({ value: r, label: t(`cw.reply.${r}` as MessageKey) }))),
      ]}
      onChange={setValue}
    />
  );

  return (
    <section class="result-section" aria-labelledby="whatif-title">
      <h2 id="whatif-title">{t('case.whatif')}</h2>
      <p class="hint">{t('case.whatifHelp')}</p>
      {auto === null ? (
        <p role="status">{t('desk.loading')}</p>
      ) : auto.length ? (
        <ul class="whatif-auto">
          {auto.map((w, i) => (
            <li key={i}>
              <WhatIfLine w={w} c={caseFile} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('case.whatifNone')}</p>
      )}
      <form onSubmit={run} class="whatif-form" noValidate>
        <Select
          id="whatif-target"
          label={t('whatif.target')}
          value={target}
          options={[{ value: '', label: t('whatif.choose') }, ...list.map((x) => ({ value: x.id, label: x.label }))]}
          onChange={(v) => {
            setTarget(v);
            setValue('');
            setError(undefined);
          }}
        />
        {valueControl}
        <button type="submit" class="btn-secondary" id="whatif-run">
          {t('case.whatifRun')}
        </button>
      </form>
      <p role="status" id="whatif-status">
        {failed}
      </p>
      {result ? (
        <div class="table-wrap" role="region" aria-labelledby="whatif-compare" tabIndex={0}>
          <table class="whatif-compare">
            <caption id="whatif-compare">
              <WhatIfLine w={result} c={caseFile} />
            </caption>
            <thead>
              <tr>
                <td />
                <th scope="col">{t('whatif.today')}</th>
                <th scope="col">{t('whatif.withChange')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('cw.th.payer')}</th>
                <td class="num">{money(result.before.payer_bears)}</td>
                <td class="num">{money(result.after.payer_bears)}</td>
              </tr>
              <tr>
                <th scope="row">{t('th.bank')}</th>
                <td class="num">{money(result.before.refund_due)}</td>
                <td class="num" id="whatif-after-refund">{money(result.after.refund_due)}</td>
              </tr>
              {/* Only the operations whose share changes: the totals above cover the rest. */}
              {result.transactions.filter((x) => x.before.payer_bears !== x.after.payer_bears).map((x) => {
                const i = caseFile.transactions.findIndex((y) => y.id === x.id);
                return (
                  <tr key={x.id}>
                    <th scope="row">{t('whatif.opShare', { op: pointerWords(`/transactions/${i}`, t) })}</th>
                    <td class="num">{money(x.before.payer_bears)}</td>
                    <td class="num">{money(x.after.payer_bears)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
