/**
 * The case as a form, in the caseworker's voice: the questionnaire's questions all on one page,
 * the facts the engine asks about as plain choices, every error next to its field (the form's own
 * checks first, then the API's, placed by their pointers) and listed at the top with links.
 */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { I18nContext, makeI18n, useI18n } from '../ctx.js';
import { ErrorSummary, Select, type FieldError } from '../fields.js';
import { InForm, StepBody } from '../steps.js';
import { baseSteps, validate, type Answers } from '../../model.js';
import { fieldOfPointer } from '../../caseFile.js';
import { ApiError } from '../../api.js';
import { failure } from '../failure.js';
import { pointerWords } from './fieldWords.js';
import type { MessageKey, Translate } from '../../i18n/index.js';

/** The facts the engine asks about when the case leaves them open, offered as yes / no / not known. */
export const ENGINE_FACTS = [
  'sca', 'authentication_proven', 'no_technical_deficiency_proven', 'detectable_before_payment', 'payer_kept_instrument', 'psp_staff_involved',
  'notification_means_available',
] as const;

/** Only what the case file needs is required on the desk; what is typed must still be right. */
export function deskErrors(a: Answers): FieldError[] {
  return baseSteps(a)
    .flatMap((s) => validate(s, a))
    .filter((e) => (e.message !== 'error.required' || e.field === 'jurisdiction') && !(e.field === 'incidentDate' && !a.incidentDate.trim()));
}

/** A refused save: errors the form can place go to their fields, the others are told in words. */
export function apiErrors(e: unknown, t: Translate): { fields: FieldError[]; other: string[] } {
  if (!(e instanceof ApiError) || !e.problem?.errors?.length) return { fields: [], other: [failure(t, e)] };
  const fields: FieldError[] = [];
  const other: string[] = [];
  for (const x of e.problem.errors) {
    const field = fieldOfPointer(x.pointer);
    if (field) fields.push({ field, message: x.message });
    else other.push(t('w.pair', { a: pointerWords(x.pointer, t), b: x.message }));
  }
  return { fields, other };
}

export function CaseForm(props: {
  initial: Answers;
  submitLabel: string;
  /** Saves; resolves to nothing when done, or throws the API's refusal. */
  onSubmit: (a: Answers) => Promise<void>;
  /** Fields before the questions (the title of a new case). */
  children?: ComponentChildren;
  busyLabel?: string;
}) {
  const outer = useI18n();
  const i18n = makeI18n(outer.lang, 'caseworker');
  const { t } = i18n;
  const [a, setA] = useState<Answers>(props.initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const update = (patch: Partial<Answers>) => setA((x) => ({ ...x, ...patch }));
  /** A message key of the form's checks, or the API's own words. */
  const words = (m: string) => (m.startsWith('error.') ? t(m as MessageKey) : m);
  const errText = (field: string) => {
    const e = errors.find((x) => x.field === field);
    return e ? words(e.message) : undefined;
  };
  const showErrors = () => setTimeout(() => document.getElementById('error-summary')?.focus(), 0);

  async function submit(e: Event) {
    e.preventDefault();
    const own = deskErrors(a);
    setOther([]);
    setErrors(own);
    if (own.length) return showErrors();
    setBusy(true);
    try {
      await props.onSubmit(a);
    } catch (err) {
      const r = apiErrors(err, t);
      setErrors(r.fields);
      setOther(r.other);
      showErrors();
    } finally {
      setBusy(false);
    }
  }

  const summary = [...errors.map((e) => ({ field: e.field, text: words(e.message) }))];
  return (
    <I18nContext.Provider value={i18n}>
      <InForm.Provider value={true}>
        <form class="case-form" onSubmit={submit} noValidate>
          <ErrorSummary errors={summary} label={t('error.summary')} extra={other} />
          {props.children}
          {baseSteps(a).map((s) => (
            <section class="form-step" key={s}>
              <StepBody step={s} answers={a} update={update} errors={errors} errText={errText} seen={{}} />
            </section>
          ))}
          <section class="form-step">
            <h3>{t('cw.engineFacts')}</h3>
            <p class="hint">{t('cw.engineFactsHelp')}</p>
            {ENGINE_FACTS.map((code) => (
              <Select
                key={code}
                id={`fact-${code}`}
                label={t(`cw.eng.${code}` as MessageKey)}
                value={a.engine[code] ?? ''}
                options={[{ value: '', label: t('dontKnow') }, { value: 'true', label: t('yes') }, { value: 'false', label: t('no') }]}
                onChange={(v) => {
                  const engine = { ...a.engine };
                  if (v) engine[code] = v;
                  else delete engine[code];
                  update({ engine });
                }}
              />
            ))}
          </section>
          <div class="actions">
            <button type="submit" class="btn-primary" id="case-form-save" disabled={busy}>
              {busy ? props.busyLabel ?? t('desk.saving') : props.submitLabel}
            </button>
          </div>
        </form>
      </InForm.Provider>
    </I18nContext.Provider>
  );
}
