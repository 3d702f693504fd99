/**
 * Notification: the holder must contest within 13 months of the debit (CMF L133-24; CDE VII.33;
 * PSD2 art. 71), 70 days (at most 120 by contract) for card payments to a payee's PSP outside the
 * EEA (L133-1-1) and under the former card regime (anc. L132-6, from the operation); the bar does not
 * run when the PSP withheld the operation's information. After the blocking notice the holder bears
 * nothing (L133-20; VII.36 / VII.44; loi 2002 art. 8 "jusqu'à la notification").
 */
import { isCard } from '../../case/vocabulary.js';
import { compareSpans } from '../../case/legalDate.js';
import { addToDay } from '../../case/isoDay.js';
import { txPtr, type Env, type Rule } from '../rule.js';
import { nextWorkingDayIfClosed } from '../../deadlines/workingDay.js';


function window(env: Env): { months: number } | { days: number } | null {
  const { regime, tx } = env;
  if (!regime.contest) return null;
  if ('days' in regime.contest) return { days: regime.contest.days };
  if (regime.jurisdiction === 'FR' && tx.payeePspOutsideEea === true && isCard(tx.instrumentKind)) return { days: 70 };
  return { months: regime.contest.months };
}

/** The last day to contest; a last day on a non-working day moves under assumption deadline_end_moves (the assumption is noted when it matters). */
function deadline(env: Env, day: string, w: { months: number } | { days: number }): string {
  const end = addToDay(day, w);
  const moved = nextWorkingDayIfClosed(env.regime.jurisdiction, end);
  if (!moved) return end;
  env.used.add('deadline_end_moves');
  return env.a.deadline_end_moves === 'next_working_day' ? moved : end;
}

export const contestWindow: Rule = {
  id: 'notification.time_bar',
  article: (r) => (r.articles.contest ? { id: r.articles.contest } : null),
  evaluate: (env) => {
    const { tx, c } = env;
    const w = window(env);
    if (!w || !tx.contestedOn) return null;
    if (c.psp.transactionInfoProvided === false)
      return { holds: false, because: [env.fact('/psp/transaction_info_provided', false)] };
    const start = env.regime.contest && 'days' in env.regime.contest ? tx.at : (tx.bookedOn ?? tx.at);
    const startPtr = start === tx.at ? txPtr(env, 'at') : txPtr(env, 'booked_on');
    const latest = deadline(env, start.lastDay, w);
    const earliest = deadline(env, start.firstDay, w);
    const because = [env.fact(startPtr, start.raw), env.fact(txPtr(env, 'contested_on'), tx.contestedOn.raw)];
    const values = { deadline: latest, window: 'months' in w ? `${w.months} months` : `${w.days} days` };
    let late: boolean;
    if (tx.contestedOn.firstDay > latest) late = true;
    else if (tx.contestedOn.lastDay <= earliest) late = false;
    else late = env.reading.contest === 'late';
    return late ? { holds: true, decision: 'barred', because, values } : { holds: false, because, values };
  },
};

/** Where the operation stands against the notification: known, stated by the source, or open (a reading). */
export function orderOf(env: Env): 'before' | 'after' | 'open' {
  const { tx, c } = env;
  if (!c.notification) return 'before';
  if (tx.beforeNotification !== null) return tx.beforeNotification ? 'before' : 'after';
  return compareSpans(tx.at, c.notification);
}

export const afterNotification: Rule = {
  id: 'notification.after_blocking',
  article: (r) => ({ id: r.articles.afterNotification }),
  evaluate: (env) => {
    const { tx, c } = env;
    const known = orderOf(env);
    const order = known === 'open' ? env.reading.order : known;
    const because = [env.fact(txPtr(env, 'at'), tx.at.raw), env.fact('/notification/at', c.notification?.raw ?? null)];
    if (tx.beforeNotification !== null) because.push(env.fact(txPtr(env, 'before_notification'), tx.beforeNotification));
    if (known === 'open') {
      env.used.add('unknown_order');
      because.push('order open: reading ' + order);
    }
    return order === 'after' ? { holds: true, decision: 'none', because } : { holds: false, because };
  },
};
