/**
 * The victim's questionnaire: one question at a time, from what happened; then only the questions
 * the engine says still matter (POST /v1/missing); a summary to check and change anything; the result.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from './ctx.js';
import { Checkboxes, ErrorSummary, Radios, TextField, type FieldError } from './fields.js';
import { TransactionsStep } from './transactions.js';
import { ResultView } from './result.js';
import {
  allSteps, BASE_STEPS, emptyAnswers, EVIDENCE, factsFor, INSTRUMENTS, intakeNotes, PROCEEDINGS, toCase, validate, VULNERABILITY, WHAT,
  type Answers, type MissingQuestion,
} from '../model.js';
import { api, ApiError } from '../api.js';
import { clearSaved, loadSaved, save } from '../storage.js';
import { formatMoney, toCents } from '../money.js';
import type { MessageKey } from '../i18n/index.js';

type Seen = Record<string, MissingQuestion>;

function focusHeading() {
  setTimeout(() => {
    const h = document.querySelector<HTMLElement>('[data-step-heading]');
    h?.focus();
  }, 0);
}

export function Questionnaire() {
  const { t, lang } = useI18n();
  const saved = useMemo(loadSaved, []);
  const [answers, setAnswers] = useState<Answers>(saved?.answers ?? emptyAnswers());
  const [seen, setSeen] = useState<Seen>(() => (saved as { seen?: Seen } | null)?.seen ?? {});
  const [step, setStep] = useState<string>('start');
  const [missing, setMissing] = useState<MissingQuestion[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [toReview, setToReview] = useState(false);
  const [busy, setBusy] = useState(false);
  const [apiError, setApiError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [lastStep, setLastStep] = useState(saved?.step ?? '');
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (step !== 'start') save(answers, step);
    try {
      const raw = localStorage.getItem('recours.intake.v1');
      if (raw) localStorage.setItem('recours.intake.v1', JSON.stringify({ ...JSON.parse(raw), seen }));
    } catch {
      /* ignore */
    }
  }, [answers, step, seen]);

  const update = (patch: Partial<Answers>) => setAnswers((a) => ({ ...a, ...patch }));

  const canAskEngine = (a: Answers) => validate('transactions', a).length === 0 && validate('incident', a).length === 0 && !!a.jurisdiction;

  async function refreshMissing(a: Answers): Promise<MissingQuestion[]> {
    if (!canAskEngine(a)) return [];
    const res = await api<{ missing: MissingQuestion[] }>('POST', '/v1/missing', { case: toCase(a), lang }, lang);
    setMissing(res.missing);
    setSeen((s) => {
      const n = { ...s };
      for (const m of res.missing) n[m.question] = m;
      return n;
    });
    return res.missing;
  }

  function go(next: string) {
    setErrors([]);
    setStep(next);
    if (next !== 'start') setLastStep(next);
    focusHeading();
  }

  async function withApi<T>(f: () => Promise<T>): Promise<T | null> {
    setBusy(true);
    setApiError(null);
    try {
      return await f();
    } catch (e) {
      setApiError(t('error.api', { detail: e instanceof ApiError ? e.message : String(e) }));
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function next(e?: Event) {
    e?.preventDefault();
    const errs = validate(step, answers);
    if (step.startsWith('engine:') && !(step.slice(7) in answers.engine)) errs.push({ field: 'engine', message: 'error.required' });
    if (errs.length) {
      setErrors(errs);
      setTimeout(() => document.getElementById('error-summary')?.focus(), 0);
      return;
    }
    setErrors([]);
    const baseIndex = (BASE_STEPS as readonly string[]).indexOf(step);
    const afterTx = baseIndex < 0 || baseIndex >= BASE_STEPS.indexOf('transactions');
    let m = missing;
    if (afterTx) {
      const r = await withApi(() => refreshMissing(answers));
      if (r === null) return;
      m = r;
    }
    if (toReview) {
      const pending = m.filter((q) => !(q.question in answers.engine));
      // A changed answer can raise a new question: ask it before going back to the summary.
      if (pending.length) return go(`engine:${pending[0]!.question}`);
      setToReview(false);
      return go('review');
    }
    const list = allSteps(answers, m);
    const i = list.indexOf(step);
    go(list[i + 1] ?? 'review');
  }

  function back() {
    const list = allSteps(answers, missing);
    const i = list.indexOf(step);
    go(i <= 0 ? 'start' : list[i - 1]!);
  }

  async function resume() {
    const target = lastStep && lastStep !== 'start' ? lastStep : BASE_STEPS[0];
    if (canAskEngine(answers)) await withApi(() => refreshMissing(answers));
    go(target);
  }

  function restart() {
    clearSaved();
    setAnswers(emptyAnswers());
    setSeen({});
    setMissing([]);
    setNotice(t('start.restartConfirm'));
    go(BASE_STEPS[0]);
  }

  const errText = (field: string) => {
    const e = errors.find((x) => x.field === field);
    return e ? t(e.message as MessageKey) : undefined;
  };

  if (step === 'start') {
    const hasSaved = JSON.stringify(answers) !== JSON.stringify(emptyAnswers());
    return (
      <section class="start" aria-labelledby="start-title">
        <h1 id="start-title" tabIndex={-1} data-step-heading>
          {t('start.title')}
        </h1>
        <p class="lead">{t('start.lead')}</p>
        <p class="note">{t('storage.note')}</p>
        {apiError ? (
          <p class="error" role="alert">
            {apiError}
          </p>
        ) : null}
        <div class="actions">
          {hasSaved ? (
            <>
              <button type="button" class="btn-primary" id="resume" onClick={resume} disabled={busy}>
                {t('start.resume')}
              </button>
              <button type="button" class="btn-secondary" id="restart" onClick={restart}>
                {t('start.restart')}
              </button>
            </>
          ) : (
            <button type="button" class="btn-primary" id="begin" onClick={() => go(BASE_STEPS[0])}>
              {t('start.begin')}
            </button>
          )}
        </div>
        <p class="status" role="status">
          {notice}
        </p>
      </section>
    );
  }

  if (step === 'result')
    return (
      <ResultView
        caseFile={toCase(answers)}
        labels={Object.fromEntries(answers.transactions.map((x) => [x.id, x.label]))}
        notes={intakeNotes(answers)}
        intake={answers}
        onEdit={() => go('review')}
      />
    );

  const list = allSteps(answers, missing);
  const index = Math.max(0, list.indexOf(step));
  const total = list.length - 1;

  if (step === 'review')
    return (
      <Review
        answers={answers}
        seen={seen}
        list={list}
        onChange={(s) => {
          setToReview(true);
          go(s);
        }}
        onBack={back}
        onResult={() => go('result')}
      />
    );

  const summaryErrors = errors.map((e) => ({ field: e.field === 'engine' ? 'engine' : e.field, text: t(e.message as MessageKey) }));

  return (
    <form class="step" onSubmit={next} noValidate aria-describedby="progress">
      <p class="progress" id="progress" aria-live="polite">
        {t('progress', { n: index + 1, total })}
      </p>
      <progress max={total} value={index + 1} aria-hidden="true" />
      <ErrorSummary errors={summaryErrors} label={t('error.summary')} />
      <StepBody step={step} answers={answers} update={update} errors={errors} errText={errText} seen={seen} />
      {apiError ? (
        <p class="error" role="alert">
          {apiError}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="btn-primary" id="next" disabled={busy}>
          {busy ? t('engine.loading') : t('btn.next')}
        </button>
        <button type="button" class="btn-secondary" id="back" onClick={back}>
          {t('btn.back')}
        </button>
        {toReview ? (
          <button
            type="button"
            class="btn-link"
            onClick={() => {
              setToReview(false);
              go('review');
            }}
          >
            {t('btn.toReview')}
          </button>
        ) : null}
      </div>
      <p class="note">{t('storage.note')}</p>
    </form>
  );
}

function Heading({ children }: { children: string }) {
  return (
    <h1 class="q-title" tabIndex={-1} data-step-heading>
      {children}
    </h1>
  );
}

interface StepProps {
  step: string;
  answers: Answers;
  update: (p: Partial<Answers>) => void;
  errors: FieldError[];
  errText: (f: string) => string | undefined;
  seen: Seen;
}

function DateTime({ prefix, a, update, errText, withUntil = true, dateLabel }: { prefix: 'incident' | 'noticed' | 'blocked'; a: Answers; update: StepProps['update']; errText: StepProps['errText']; withUntil?: boolean; dateLabel?: string }) {
  const { t } = useI18n();
  const k = (s: string) => `${prefix}${s}` as keyof Answers;
  return (
    <div class="row">
      <TextField id={`${prefix}Date`} label={dateLabel ?? t('field.date')} hint={t('field.dateHelp')} width="medium" value={a[k('Date')] as string} error={errText(`${prefix}Date`)} onInput={(v) => update({ [k('Date')]: v })} />
      <TextField id={`${prefix}Time`} label={t('field.time')} hint={t('field.timeHelp')} width="short" value={a[k('Time')] as string} error={errText(`${prefix}Time`)} onInput={(v) => update({ [k('Time')]: v })} />
      {withUntil ? <TextField id={`${prefix}Until`} label={t('field.until')} width="short" value={a[k('Until')] as string} error={errText(`${prefix}Until`)} onInput={(v) => update({ [k('Until')]: v })} /> : null}
    </div>
  );
}

function StepBody({ step, answers: a, update, errors, errText, seen }: StepProps) {
  const { t } = useI18n();
  const opts = (prefix: string, values: readonly string[]) => values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as MessageKey) }));
  const title = (key: string) => <Heading>{t(`q.${key}.title` as MessageKey)}</Heading>;
  const hint = (key: string) => t(`q.${key}.help` as MessageKey);
  /** A question answered by a date and time (incident, noticed). */
  const dateQuestion = (prefix: 'incident' | 'noticed') => (
    <fieldset class="group">
      <legend class="legend-question">{title(prefix)}</legend>
      <p class="hint">{hint(prefix)}</p>
      <DateTime prefix={prefix} a={a} update={update} errText={errText} />
    </fieldset>
  );
  switch (step) {
    case 'what':
      return <Radios name="what" legend={title('what')} hint={hint('what')} options={opts('what', WHAT)} value={a.what} onChange={(v) => update({ what: v as Answers['what'] })} error={errText('what')} />;
    case 'jurisdiction':
      return <Radios name="jurisdiction" legend={title('jurisdiction')} hint={hint('jurisdiction')} options={opts('jurisdiction', ['FR', 'BE'])} value={a.jurisdiction} onChange={(v) => update({ jurisdiction: v as Answers['jurisdiction'] })} error={errText('jurisdiction')} />;
    case 'payer':
      return <Radios name="payerKind" legend={title('payer')} hint={hint('payer')} options={opts('payer', ['consumer', 'professional', 'unknown'])} value={a.payerKind} onChange={(v) => update({ payerKind: v as Answers['payerKind'] })} error={errText('payerKind')} />;
    case 'incident':
      return dateQuestion('incident');
    case 'instruments':
      return <Checkboxes name="instruments" legend={title('instruments')} hint={hint('instruments')} options={opts('instrument', INSTRUMENTS)} values={a.instruments} onChange={(v) => update({ instruments: v as Answers['instruments'] })} error={errText('instruments')} />;
    case 'noticed':
      return dateQuestion('noticed');
    case 'blocked':
      return (
        <>
          <Radios name="blocked" legend={title('blocked')} hint={hint('blocked')} options={opts('blocked', ['yes', 'no'])} value={a.blocked} onChange={(v) => update({ blocked: v as Answers['blocked'] })} error={errText('blocked')} />
          {a.blocked === 'yes' ? (
            <div class="conditional">
              <DateTime prefix="blocked" a={a} update={update} errText={errText} withUntil={false} dateLabel={t('field.blockedDate')} />
              <TextField id="blockedRef" label={t('field.blockedRef')} optional value={a.blockedRef} onInput={(v) => update({ blockedRef: v })} />
            </div>
          ) : a.blocked === 'no' ? (
            <p class="warning" role="note">
              {t('blocked.now')}
            </p>
          ) : null}
        </>
      );
    case 'bank':
      return (
        <fieldset class="group">
          <legend class="legend-question">{title('bank')}</legend>
          <p class="hint">{hint('bank')}</p>
          <TextField id="bankName" label={t('field.bankName')} optional value={a.bankName} autoComplete="organization" onInput={(v) => update({ bankName: v })} />
          <TextField id="holderName" label={t('field.holderName')} optional value={a.holderName} autoComplete="name" onInput={(v) => update({ holderName: v })} />
        </fieldset>
      );
    case 'transactions':
      return (
        <section>
          {title('transactions')}
          <p class="hint">{hint('transactions')}</p>
          <TransactionsStep answers={a} update={update} errors={errors} />
        </section>
      );
    case 'bank_says':
      return <Checkboxes name="bankSays" legend={title('bank_says')} hint={hint('bank_says')} options={opts('fact', factsFor(a.what || null, true))} values={a.bankSays} onChange={(v) => update({ bankSays: v as Answers['bankSays'] })} />;
    case 'you_admit':
      return <Checkboxes name="youAdmit" legend={title('you_admit')} hint={hint('you_admit')} options={opts('fact', factsFor(a.what || null, false))} values={a.youAdmit} onChange={(v) => update({ youAdmit: v as Answers['youAdmit'] })} />;
    case 'complaint':
      return (
        <>
          <Radios name="complaint" legend={title('complaint')} hint={hint('complaint')} options={opts('complaint', ['written', 'oral', 'no'])} value={a.complaint} onChange={(v) => update({ complaint: v as Answers['complaint'] })} error={errText('complaint')} />
          {a.complaint === 'written' || a.complaint === 'oral' ? (
            <div class="conditional">
              <TextField id="complaintDate" label={t('field.complaintDate')} hint={t('field.dateHelp')} width="medium" value={a.complaintDate} error={errText('complaintDate')} onInput={(v) => update({ complaintDate: v })} />
              <Radios small name="refunded" legend={t('q.refunded.title')} options={opts('refunded', ['yes', 'partly', 'no'])} value={a.refunded} onChange={(v) => update({ refunded: v as Answers['refunded'] })} />
            </div>
          ) : null}
        </>
      );
    case 'police':
      return (
        <>
          <Radios name="police" legend={title('police')} hint={hint('police')} options={opts('police', ['yes', 'no'])} value={a.police} onChange={(v) => update({ police: v as Answers['police'] })} />
          {a.police === 'yes' ? <TextField id="policeRef" label={t('field.policeRef')} optional value={a.policeRef} onInput={(v) => update({ policeRef: v })} /> : null}
        </>
      );
    case 'evidence':
      return <Checkboxes name="evidence" legend={title('evidence')} hint={hint('evidence')} options={opts('evidence', EVIDENCE)} values={a.evidence} onChange={(v) => update({ evidence: v })} />;
    case 'vulnerability':
      return (
        <>
          <Checkboxes name="vulnerability" legend={title('vulnerability')} hint={hint('vulnerability')} options={opts('vulnerability', VULNERABILITY)} values={a.vulnerability} onChange={(v) => update({ vulnerability: v })} />
          <TextField id="vulnerabilityNote" label={t('field.vulnerabilityNote')} optional multiline value={a.vulnerabilityNote} onInput={(v) => update({ vulnerabilityNote: v })} />
        </>
      );
    case 'representative':
      return <Radios name="representative" legend={title('representative')} hint={hint('representative')} options={opts('representative', ['none', 'lawyer', 'association', 'relative'])} value={a.representative} onChange={(v) => update({ representative: v as Answers['representative'] })} />;
    case 'proceedings':
      return <Checkboxes name="proceedings" legend={title('proceedings')} hint={hint('proceedings')} options={opts('proceedings', PROCEEDINGS)} values={a.proceedings} onChange={(v) => update({ proceedings: v })} />;
    default:
      if (step.startsWith('engine:')) return <EngineQuestion q={seen[step.slice(7)]} code={step.slice(7)} a={a} update={update} errText={errText} />;
      return <p>{step}</p>;
  }
}

/** The label of one of the engine's answer values. */
export function engineValueLabel(t: (k: MessageKey, v?: Record<string, string | number>) => string, value: string): string {
  if (['true', 'false', 'proven', 'disproven', 'consumer', 'professional'].includes(value)) return t(`engine.value.${value}` as MessageKey);
  if (value === 'unknown') return t('dontKnow');
  return t(`auth.${value}` as MessageKey);
}

/** The wording of an engine question: ours for conduct facts, else the API's text. */
export function engineTitle(t: (k: MessageKey, v?: Record<string, string | number>) => string, code: string, q: MissingQuestion | undefined): string {
  if (code.startsWith('conduct.')) return t('engine.conduct', { fact: t(`fact.${code.slice(8)}` as MessageKey) });
  return q?.text || code;
}

function EngineQuestion({ q, code, a, update, errText }: { q: MissingQuestion | undefined; code: string; a: Answers; update: StepProps['update']; errText: StepProps['errText'] }) {
  const { t, lang } = useI18n();
  const values = [...(q?.answers.map((x) => x.value) ?? ['true', 'false']), 'unknown'];
  const shares = (q?.answers ?? []).map((x) => x.payer_bears);
  const sorted = [...shares].sort((x, y) => Number((toCents(x) ?? 0n) - (toCents(y) ?? 0n)));
  const help = [
    code.startsWith('conduct.') ? t('engine.conductHelp') : code === 'authentication' ? t('engine.helpAuthentication') : code.endsWith('_proven') ? t('engine.helpEvidence') : '',
    sorted.length ? t('engine.help', { min: formatMoney(sorted[0]!, lang, a.jurisdiction || null), max: formatMoney(sorted[sorted.length - 1]!, lang, a.jurisdiction || null) }) : '',
  ].filter(Boolean).join(' ');
  return (
    <Radios
      name="engine"
      legend={<Heading>{engineTitle(t, code, q)}</Heading>}
      hint={help}
      options={values.map((v) => ({ value: v, label: engineValueLabel(t, v) }))}
      value={a.engine[code] ?? ''}
      onChange={(v) => update({ engine: { ...a.engine, [code]: v }, engineOrder: a.engineOrder.includes(code) ? a.engineOrder : [...a.engineOrder, code] })}
      error={errText('engine')}
    />
  );
}

function Review({ answers: a, seen, list, onChange, onBack, onResult }: { answers: Answers; seen: Seen; list: string[]; onChange: (s: string) => void; onBack: () => void; onResult: () => void }) {
  const { t, lang } = useI18n();
  const none = t('review.empty');
  const lbl = (prefix: string, v: string) => (v ? t(`${prefix}.${v}` as MessageKey) : none);
  const many = (prefix: string, vs: readonly string[]) => (vs.length ? vs.map((v) => t(`${prefix}.${v}` as MessageKey)).join(' ; ') : none);
  const when = (d: string, tm: string, u: string) => (d ? [d, tm, u ? `– ${u}` : ''].filter(Boolean).join(' ') : none);
  const summary = (s: string): string => {
    switch (s) {
      case 'what': return lbl('what', a.what);
      case 'jurisdiction': return lbl('jurisdiction', a.jurisdiction);
      case 'payer': return lbl('payer', a.payerKind);
      case 'incident': return when(a.incidentDate, a.incidentTime, a.incidentUntil);
      case 'instruments': return many('instrument', a.instruments);
      case 'noticed': return when(a.noticedDate, a.noticedTime, a.noticedUntil);
      case 'blocked': return a.blocked === 'yes' ? `${t('blocked.yes')} — ${when(a.blockedDate, a.blockedTime, '')}` : lbl('blocked', a.blocked);
      case 'bank': return [a.bankName, a.holderName].filter(Boolean).join(' — ') || none;
      case 'transactions':
        return a.transactions.length
          ? a.transactions.map((x) => `${x.date}${x.time ? ` ${x.time}` : ''}${x.until ? `–${x.until}` : ''} ${x.label} ${/^\d+\.\d{2}$/.test(x.amount) ? formatMoney(x.amount, lang, a.jurisdiction || null) : x.amount}`).join(' ; ')
          : none;
      case 'bank_says': return many('fact', a.bankSays);
      case 'you_admit': return many('fact', a.youAdmit);
      case 'complaint': return a.complaint ? `${lbl('complaint', a.complaint)}${a.complaintDate && a.complaint !== 'no' ? ` — ${a.complaintDate}` : ''}` : none;
      case 'police': return a.police ? `${lbl('police', a.police)}${a.policeRef ? ` — ${a.policeRef}` : ''}` : none;
      case 'evidence': return many('evidence', a.evidence);
      case 'vulnerability': return [many('vulnerability', a.vulnerability), a.vulnerabilityNote].filter((x) => x && x !== none).join(' — ') || none;
      case 'representative': return lbl('representative', a.representative);
      case 'proceedings': return many('proceedings', a.proceedings);
      default:
        if (s.startsWith('engine:')) {
          const v = a.engine[s.slice(7)];
          return v ? engineValueLabel(t, v) : none;
        }
        return none;
    }
  };
  const question = (s: string) => (s.startsWith('engine:') ? engineTitle(t, s.slice(7), seen[s.slice(7)]) : t(`q.${s}.title` as MessageKey));
  return (
    <section class="review" aria-labelledby="review-title">
      <h1 id="review-title" tabIndex={-1} data-step-heading>
        {t('review.title')}
      </h1>
      <p class="hint">{t('review.help')}</p>
      <dl class="summary-list">
        {list
          .filter((s) => s !== 'review')
          .map((s) => (
            <div class="summary-row" key={s}>
              <dt>{question(s)}</dt>
              <dd>
                {s === 'transactions' && a.transactions.length ? (
                  <ul class="plain-list">
                    {a.transactions.map((x) => (
                      <li key={x.id}>
                        {`${x.date}${x.time ? ` ${x.time}` : ''}${x.until ? `–${x.until}` : ''} — ${x.label || t(`kind.${x.kind}` as MessageKey)} — ${/^\d+\.\d{2}$/.test(x.amount) ? formatMoney(x.amount, lang, a.jurisdiction || null) : x.amount}`}
                      </li>
                    ))}
                  </ul>
                ) : (
                  summary(s)
                )}
              </dd>
              <dd class="summary-action">
                <button type="button" class="btn-link" onClick={() => onChange(s)} aria-label={`${t("btn.change")} — ${question(s)}`}>
                  {t('btn.change')}
                </button>
              </dd>
            </div>
          ))}
      </dl>
      <div class="actions">
        <button type="button" class="btn-primary" id="see-result" onClick={onResult}>
          {t('btn.seeResult')}
        </button>
        <button type="button" class="btn-secondary" onClick={onBack}>
          {t('btn.back')}
        </button>
      </div>
      <p class="note">{t('storage.note')}</p>
    </section>
  );
}
