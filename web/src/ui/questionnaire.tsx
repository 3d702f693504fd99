/**
 * The victim's questionnaire: one question at a time, from what happened; then only the questions
 * the engine says still matter (POST /v1/missing); a summary to check and change anything; the result.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from './ctx.js';
import { failure } from './failure.js';
import { ErrorSummary, type FieldError } from './fields.js';
import { ResultView } from './result.js';
import { StepBody } from './steps.js';
import { engineTitle, engineValueLabel } from './engineLabels.js';
import { allSteps, BASE_STEPS, emptyAnswers, intakeNotes, toCase, validate, type Answers, type MissingQuestion } from '../model.js';
import { api } from '../api.js';
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
      setApiError(failure(t, e));
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
        notes={intakeNotes(answers, t)}
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
      case 'bank': return [a.bankName, a.holderName, a.holderAddress.replace(/\n/g, ', '), a.account, a.card].filter((x) => x.trim()).join(' — ') || none;
      case 'transactions':
        return a.transactions.length
          ? a.transactions.map((x) => `${x.date}${x.time ? ` ${x.time}` : ''}${x.until ? `–${x.until}` : ''} ${x.label} ${/^\d+\.\d{2}$/.test(x.amount) ? formatMoney(x.amount, lang, a.jurisdiction || null) : x.amount}`).join(' ; ')
          : none;
      case 'bank_says': return [a.bankSays.length ? many('fact', a.bankSays) : '', a.bankGrounds.length ? many('ground', a.bankGrounds) : ''].filter(Boolean).join(' ; ') || none;
      case 'holder_reply': return a.bankSays.map((f) => `${t(`fact.${f}` as MessageKey)} : ${a.reply[f] ? t(`reply.${a.reply[f]}` as MessageKey) : none}`).join(' ; ');
      case 'circumstances': {
        const said = Object.entries(a.circumstances).filter(([, v]) => v);
        return said.length ? said.map(([f, v]) => `${t(`circ.${f}` as MessageKey)} ${t(v === 'unknown' ? 'dontKnow' : (v as 'yes' | 'no'))}`).join(' ; ') : none;
      }
      case 'complaint':
        if (!a.complaint) return none;
        return [
          lbl('complaint', a.complaint), a.complaint !== 'no' ? a.complaintDate : '',
          a.complaint !== 'no' && a.bankAnswer ? `${t(`answer.${a.bankAnswer}` as MessageKey)}${a.answeredOn ? ` (${a.answeredOn})` : ''}` : '',
        ].filter(Boolean).join(' — ');
      case 'police': return a.police ? `${lbl('police', a.police)}${a.policeRef ? ` — ${a.policeRef}` : ''}` : none;
      case 'evidence': return many('evidence', a.evidence);
      case 'vulnerability': return [many('vulnerability', a.vulnerability), a.vulnerabilityNote].filter((x) => x && x !== none).join(' — ') || none;
      case 'representative': return lbl('representative', a.representative);
      case 'proceedings': return many('proceedings', a.proceedings);
      default:
        if (s.startsWith('engine:')) {
          const v = a.engine[s.slice(7)];
          return v ? engineValueLabel(t, v, s.slice(7)) : none;
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
