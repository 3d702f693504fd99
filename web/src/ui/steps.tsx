/**
 * The questions' bodies, one per step: the victim's questionnaire shows one at a time, the desk's
 * case form all of them (in the caseworker's voice, with headings one level down).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useI18n } from './ctx.js';
import { Checkboxes, Radios, TextField, type FieldError } from './fields.js';
import { TransactionsStep } from './transactions.js';
import { engineTitle, engineValueLabel } from './engineLabels.js';
import {
  accusationsFor, BANK_ANSWERS, BANK_GROUNDS, circumstancesFor, EVIDENCE, INSTRUMENTS, PROCEEDINGS, VULNERABILITY, WHAT,
  type Answers, type MissingQuestion, type Reply,
} from '../model.js';
import { formatMoney, toCents } from '../money.js';
import type { MessageKey } from '../i18n/index.js';

/** On the desk a step's title is a section heading, not the page's. */
export const InForm = createContext(false);

export function Heading({ children }: { children: string }) {
  if (useContext(InForm)) return <h3 class="q-title">{children}</h3>;
  return (
    <h1 class="q-title" tabIndex={-1} data-step-heading>
      {children}
    </h1>
  );
}

export interface StepProps {
  step: string;
  answers: Answers;
  update: (p: Partial<Answers>) => void;
  errors: FieldError[];
  errText: (f: string) => string | undefined;
  seen: Record<string, MissingQuestion>;
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

export function StepBody({ step, answers: a, update, errors, errText, seen }: StepProps) {
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
          <TextField id="holderAddress" label={t('field.holderAddress')} hint={t('field.addressHint')} optional multiline value={a.holderAddress} autoComplete="street-address" onInput={(v) => update({ holderAddress: v })} />
          <TextField id="account" label={t('field.account')} hint={t('field.accountHint')} optional width="medium" value={a.account} onInput={(v) => update({ account: v })} />
          <TextField id="card" label={t('field.card')} hint={t('field.cardHint')} optional width="medium" value={a.card} onInput={(v) => update({ card: v })} />
          <TextField id="bankAddress" label={t('field.bankAddress')} hint={t('field.addressHint')} optional multiline value={a.bankAddress} onInput={(v) => update({ bankAddress: v })} />
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
      return (
        <>
          <Checkboxes name="bankSays" legend={title('bank_says')} hint={hint('bank_says')} options={opts('fact', accusationsFor(a.what || null))} values={a.bankSays} onChange={(v) => update({ bankSays: v as Answers['bankSays'] })} />
          <Checkboxes name="bankGrounds" legend={t('q.bankGrounds.title')} hint={t('q.bankGrounds.help')} options={opts('ground', BANK_GROUNDS)} values={a.bankGrounds} onChange={(v) => update({ bankGrounds: v as Answers['bankGrounds'] })} />
        </>
      );
    case 'holder_reply':
      return <HolderReply a={a} update={update} />;
    case 'circumstances':
      return <Circumstances a={a} update={update} />;
    case 'complaint':
      return (
        <>
          <Radios name="complaint" legend={title('complaint')} hint={hint('complaint')} options={opts('complaint', ['written', 'oral', 'no'])} value={a.complaint} onChange={(v) => update({ complaint: v as Answers['complaint'] })} error={errText('complaint')} />
          {a.complaint === 'written' || a.complaint === 'oral' ? (
            <div class="conditional">
              <TextField id="complaintDate" label={t('field.complaintDate')} hint={t('field.dateHelp')} width="medium" value={a.complaintDate} error={errText('complaintDate')} onInput={(v) => update({ complaintDate: v })} />
              <Radios small name="bankAnswer" legend={t('q.bankAnswer.title')} options={opts('answer', BANK_ANSWERS)} value={a.bankAnswer} onChange={(v) => update({ bankAnswer: v as Answers['bankAnswer'] })} />
              {a.bankAnswer && a.bankAnswer !== 'none' ? (
                <TextField id="answeredOn" label={t('field.answeredOn')} hint={t('field.dateHelp')} optional width="medium" value={a.answeredOn} error={errText('answeredOn')} onInput={(v) => update({ answeredOn: v })} />
              ) : null}
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

export function EngineQuestion({ q, code, a, update, errText }: { q: MissingQuestion | undefined; code: string; a: Answers; update: StepProps['update']; errText: StepProps['errText'] }) {
  const { t, lang } = useI18n();
  // Belgian detectability (PSD2 art. 74(1)(a)) is asked as what the holder knows, whether she noticed the loss before
  // the payments; "no" leaves it open and the engine gives each reading, rather than a layperson deciding the law.
  const noticed = code === 'detectable_before_payment';
  const values = noticed ? ['true', 'not_noticed', 'unknown'] : [...(q?.answers.map((x) => x.value) ?? ['true', 'false']), 'unknown'];
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
      hint={noticed ? t('engine.noticedBeforeHelp') : help}
      options={values.map((v) => ({ value: v, label: engineValueLabel(t, v, code) }))}
      value={a.engine[code] ?? ''}
      onChange={(v) => update({ engine: { ...a.engine, [code]: v }, engineOrder: a.engineOrder.includes(code) ? a.engineOrder : [...a.engineOrder, code] })}
      error={errText('engine')}
    />
  );
}


/** For each accusation, the holder's answer: true, not true (denied), not sure; on the desk also proven or disproven. */
function HolderReply({ a, update }: { a: Answers; update: StepProps['update'] }) {
  const { t, voice } = useI18n();
  const replies: Reply[] = voice === 'caseworker' ? ['admitted', 'denied', 'alleged', 'proven', 'disproven'] : ['admitted', 'denied', 'alleged'];
  return (
    <fieldset class="group">
      <legend class="legend-question">
        <Heading>{t('q.holder_reply.title')}</Heading>
      </legend>
      <p class="hint">{t('q.holder_reply.help')}</p>
      {a.bankSays.map((f) => (
        <Radios
          small
          key={f}
          name={`reply-${f}`}
          legend={t(`fact.${f}` as MessageKey)}
          options={replies.map((r) => ({ value: r, label: t(`reply.${r}` as MessageKey) }))}
          value={a.reply[f] ?? ''}
          onChange={(v) => update({ reply: { ...a.reply, [f]: v as Reply } })}
        />
      ))}
    </fieldset>
  );
}

/** The holder's own account: the circumstances the gross-negligence rules turn on. */
function Circumstances({ a, update }: { a: Answers; update: StepProps['update'] }) {
  const { t } = useI18n();
  return (
    <fieldset class="group">
      <legend class="legend-question">
        <Heading>{t('q.circumstances.title')}</Heading>
      </legend>
      <p class="hint">{t('q.circumstances.help')}</p>
      {circumstancesFor(a.what || null).map((f) => (
        <Radios
          small
          key={f}
          name={`circ-${f}`}
          legend={t(`circ.${f}` as MessageKey)}
          options={(['yes', 'no', 'unknown'] as const).map((v) => ({ value: v, label: t(v === 'unknown' ? 'dontKnow' : v) }))}
          value={a.circumstances[f] ?? ''}
          onChange={(v) => update({ circumstances: { ...a.circumstances, [f]: v as 'yes' | 'no' | 'unknown' } })}
        />
      ))}
    </fieldset>
  );
}
