/**
 * What to do next on a case, from the assessment's deadlines counted from today: the steps already
 * done (the case file records them), those missed, and the next one; once the mediator's year has
 * passed, the court is the route left.
 */
import { useI18n } from '../ctx.js';
import { formatDate, TIME_ZONE, todayIn } from '../../dates.js';
import type { MessageKey } from '../../i18n/index.js';
import type { CaseRecord } from './types.js';

const KINDS = ['notify_by', 'contest_by', 'bank_refund_by', 'bank_answer_by', 'bank_answer_final_by', 'mediator_referral_from', 'mediator_referral_by'];

/** Whether the case file shows the step was taken (the blocking, the complaint, the bank's answer or refund). */
export function stepDone(kind: string, c: CaseRecord['case']): boolean {
  const complaint = c.complaint;
  switch (kind) {
    case 'notify_by': return !!c.notification?.at;
    case 'contest_by': return !!complaint?.received_on || c.transactions.every((t) => !!t.contested_on);
    case 'bank_answer_by':
    case 'bank_answer_final_by': return !!complaint?.answered_on || !!complaint?.answer;
    case 'bank_refund_by': return !!c.psp?.refunded_on || complaint?.answer === 'accepted';
    default: return false;
  }
}

export function NextStep({ rec }: { rec: CaseRecord }) {
  const { t, lang } = useI18n();
  const today = todayIn(TIME_ZONE[rec.case.jurisdiction]);
  const deadlines = [...rec.assessment.deadlines].filter((d) => KINDS.includes(d.kind)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const what = (kind: string) => t(`step.${kind}` as MessageKey);
  const open = deadlines.filter((d) => !stepDone(d.kind, rec.case) && d.kind !== 'mediator_referral_from');
  const missed = open.filter((d) => d.date < today);
  const next = open.find((d) => d.date >= today);
  const done = deadlines.filter((d) => stepDone(d.kind, rec.case));
  const mediationClosed = missed.some((d) => d.kind === 'mediator_referral_by');
  const days = next ? Math.round((Date.parse(`${next.date}T12:00:00Z`) - Date.parse(`${today}T12:00:00Z`)) / 86_400_000) : 0;
  return (
    <section class={`next-step ${missed.length ? 'overdue' : ''}`} aria-labelledby="next-step-title">
      <h2 id="next-step-title">{t('step.title')}</h2>
      {next ? <p id="next-step-text">{t('step.next', { what: what(next.kind), date: formatDate(next.date, lang), days })}</p> : null}
      {missed.length ? (
        <ul class="step-missed">
          {missed.map((d) => (
            <li key={d.kind + d.date}>{t('step.overdue', { what: what(d.kind), date: formatDate(d.date, lang) })}</li>
          ))}
        </ul>
      ) : null}
      {mediationClosed ? <p>{t('step.courtRoute')}</p> : null}
      {!next && !missed.length ? <p>{t('step.none')}</p> : null}
      {done.length ? <p class="muted">{t('step.done', { list: done.map((d) => what(d.kind)).join(' ; ') })}</p> : null}
    </section>
  );
}
