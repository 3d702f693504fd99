/** The disputed operations: typed one by one, or pasted from a statement and confirmed line by line. */
import { useState } from 'preact/hooks';
import { useI18n } from './ctx.js';
import { Checkboxes, ErrorText, Select, TextField, type FieldError } from './fields.js';
import { AUTH_METHODS, defaultKind, INSTRUMENT_ID, TX_KINDS, newTxId, type Answers, type AuthMethod, type TxAnswer } from '../model.js';
import { parseStatement, type ParsedLine } from '../statement.js';
import { formatMoney, normaliseAmount, sum } from '../money.js';
import { parseFactDate, toUserDate } from '../dates.js';
import type { MessageKey } from '../i18n/index.js';

interface Props {
  answers: Answers;
  update: (patch: Partial<Answers>) => void;
  errors: FieldError[];
}

export function TransactionsStep({ answers, update, errors }: Props) {
  const { t, lang } = useI18n();
  const txs = answers.transactions;
  const instruments = answers.instruments.length ? answers.instruments : (['other'] as const);
  const instrumentOptions = instruments.map((k) => ({ value: INSTRUMENT_ID[k], label: t(`instrument.${k}` as MessageKey) }));
  const err = (field: string) => {
    const e = errors.find((x) => x.field === field);
    return e ? t(e.message as MessageKey) : undefined;
  };
  const setTx = (i: number, patch: Partial<TxAnswer>) => update({ transactions: txs.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const blank = (): TxAnswer => ({
    id: newTxId(txs), date: '', time: '', until: '', amount: '', label: '', kind: defaultKind(answers, instrumentOptions[0]!.value),
    instrument: instrumentOptions[0]!.value, authentication: 'unknown', outsideEea: null,
  });
  const [amountText, setAmountText] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [openIds, setOpenIds] = useState<Record<string, boolean>>({});
  const complete = (x: TxAnswer) => parseFactDate(x.date) !== null && /^\d+\.\d{2}$/.test(x.amount) && x.amount !== '0.00';
  const hasError = (i: number) => errors.some((e) => e.field.startsWith(`tx-${i}-`));
  const isOpen = (x: TxAnswer, i: number) => hasError(i) || (openIds[x.id] ?? !complete(x));
  const describe = (x: TxAnswer) =>
    [
      `${x.date}${x.time ? ` ${x.time}` : ''}${x.until ? `–${x.until}` : ''}`,
      x.label || t(`kind.${x.kind}` as MessageKey),
      /^\d+\.\d{2}$/.test(x.amount) ? formatMoney(x.amount, lang, answers.jurisdiction || null) : '',
      x.authentication === 'unknown' ? '' : t(`auth.${x.authentication}` as MessageKey),
    ].filter(Boolean).join(' — ');

  const add = () => {
    const b = blank();
    setOpenIds({ ...openIds, [b.id]: true });
    update({ transactions: [...txs, b] });
    setStatus('');
    setTimeout(() => document.getElementById(`tx-${txs.length}-date`)?.focus(), 0);
  };
  const remove = (i: number) => {
    update({ transactions: txs.filter((_, j) => j !== i) });
    setTimeout(() => document.getElementById(i > 0 ? `tx-${i - 1}-date` : 'tx-add')?.focus(), 0);
  };
  const valid = txs.map((x) => x.amount).filter((a) => /^\d+\.\d{2}$/.test(a));

  return (
    <div class="tx-step">
      <ErrorText id="transactions" error={err('transactions')} />
      <p class="tx-total" aria-live="polite">
        {txs.length ? t(txs.length === 1 ? 'tx.totalOne' : 'tx.total', { n: txs.length, amount: formatMoney(sum(valid), lang, answers.jurisdiction || null) }) : t('tx.none')}
      </p>
      <ol class="tx-list">
        {txs.map((x, i) => (
          <li class="tx-card" key={x.id}>
            <details open={isOpen(x, i)} onToggle={(e) => {
              const open = (e.currentTarget as HTMLDetailsElement).open;
              if (open !== isOpen(x, i)) setOpenIds({ ...openIds, [x.id]: open });
            }}>
            <summary id={`tx-${i}-summary`}>
              <span class="tx-n">{t('tx.heading', { n: i + 1 })}</span> <span class="tx-desc">{describe(x)}</span>
            </summary>
            <fieldset class="group">
              <legend class="visually-hidden">{t('tx.heading', { n: i + 1 })}</legend>
              <div class="row">
                <TextField id={`tx-${i}-date`} label={t('tx.date')} hint={t('field.dateHelp')} width="medium" value={x.date} error={err(`tx-${i}-date`)} onInput={(v) => setTx(i, { date: v })} />
                <TextField id={`tx-${i}-time`} label={t('tx.time')} width="short" value={x.time} error={err(`tx-${i}-time`)} onInput={(v) => setTx(i, { time: v })} />
                <TextField id={`tx-${i}-until`} label={t('tx.until')} width="short" value={x.until} error={err(`tx-${i}-until`)} onInput={(v) => setTx(i, { until: v })} />
              </div>
              <TextField
                id={`tx-${i}-amount`}
                label={t('tx.amount')}
                hint={t('tx.amountHelp')}
                inputMode="decimal"
                width="medium"
                value={amountText[x.id] ?? (x.amount ? x.amount.replace('.', lang === 'en' ? '.' : ',') : '')}
                error={err(`tx-${i}-amount`)}
                onInput={(v) => {
                  setAmountText({ ...amountText, [x.id]: v });
                  setTx(i, { amount: normaliseAmount(v) ?? (v.trim() ? 'invalid' : '') });
                }}
              />
              <TextField id={`tx-${i}-label`} label={t('tx.label')} optional value={x.label} onInput={(v) => setTx(i, { label: v })} />
              <Select id={`tx-${i}-kind`} label={t('tx.kind')} value={x.kind} options={TX_KINDS.map((k) => ({ value: k, label: t(`kind.${k}` as MessageKey) }))} onChange={(v) => setTx(i, { kind: v as TxAnswer['kind'] })} />
              {instrumentOptions.length > 1 ? (
                <Select id={`tx-${i}-instrument`} label={t('tx.instrument')} value={x.instrument} options={instrumentOptions} onChange={(v) => setTx(i, { instrument: v, kind: x.kind === defaultKind(answers, x.instrument) ? defaultKind(answers, v) : x.kind })} />
              ) : null}
              <Select id={`tx-${i}-auth`} label={t('tx.auth')} value={x.authentication} options={AUTH_METHODS.map((m) => ({ value: m, label: t(`auth.${m}` as MessageKey) }))} onChange={(v) => setTx(i, { authentication: v as AuthMethod })} />
              <div class="choice choice-check">
                <input type="checkbox" id={`tx-${i}-eea`} checked={x.outsideEea === true} onChange={(e) => setTx(i, { outsideEea: (e.currentTarget as HTMLInputElement).checked ? true : null })} />
                <label for={`tx-${i}-eea`}>{t('tx.outsideEea')}</label>
              </div>
              <button type="button" class="btn-link danger" onClick={() => remove(i)}>
                {t('tx.remove', { n: i + 1 })}
              </button>
            </fieldset>
            </details>
          </li>
        ))}
      </ol>
      <button type="button" id="tx-add" class="btn-secondary" onClick={add}>
        + {t('tx.add')}
      </button>
      <PasteBox answers={answers} update={update} instrumentOptions={instrumentOptions} onAdded={(n) => setStatus(t('paste.added', { n }))} />
      {txs.length > 1 ? <BulkTime answers={answers} update={update} onApplied={(n) => setStatus(t('bulk.applied', { n }))} /> : null}
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}

function PasteBox({ answers, update, instrumentOptions, onAdded }: { answers: Answers; update: Props['update']; instrumentOptions: { value: string; label: string }[]; onAdded: (n: number) => void }) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const [chosen, setInstrument] = useState(instrumentOptions[0]!.value);
  const instrument = instrumentOptions.some((o) => o.value === chosen) ? chosen : instrumentOptions[0]!.value;
  const [found, setFound] = useState<ParsedLine[] | null>(null);
  const [ticked, setTicked] = useState<string[]>([]);
  const read = () => {
    const lines = parseStatement(text);
    setFound(lines);
    setTicked(lines.map((_, i) => String(i)));
  };
  const addTicked = () => {
    if (!found) return;
    let txs = answers.transactions;
    const picked = found.filter((_, i) => ticked.includes(String(i)));
    for (const p of picked) {
      const authentication: AuthMethod = p.kind === 'atm_withdrawal' ? 'pin' : 'unknown';
      // A statement line read as a card payment, made through online banking, is a transfer.
      const kind = p.kind === 'card_payment' && defaultKind(answers, instrument) === 'transfer' ? 'transfer' : p.kind;
      txs = [...txs, { id: newTxId(txs), date: toUserDate(p.date), time: p.time, until: '', amount: p.amount, label: p.label, kind, instrument, authentication, outsideEea: null }];
    }
    update({ transactions: txs });
    setFound(null);
    setText('');
    onAdded(picked.length);
    setTimeout(() => document.getElementById('paste-area')?.focus(), 0);
  };
  return (
    <details class="paste" open={answers.transactions.length === 0}>
      <summary>{t('paste.title')}</summary>
      <TextField id="paste-area" label={t('paste.area')} hint={t('paste.help')} multiline value={text} onInput={setText} />
      {instrumentOptions.length > 1 ? <Select id="paste-instrument" label={t('paste.instrument')} value={instrument} options={instrumentOptions} onChange={setInstrument} /> : null}
      <button type="button" class="btn-secondary" id="paste-read" onClick={read}>
        {t('paste.read')}
      </button>
      {found ? (
        found.length ? (
          <div class="paste-found">
            <Checkboxes
              name="paste-lines"
              legend={t('paste.found', { n: found.length })}
              options={found.map((p, i) => ({ value: String(i), label: `${toUserDate(p.date)}${p.time ? ` ${p.time}` : ''} — ${p.label || '…'} — ${formatMoney(p.amount, lang, answers.jurisdiction || null)}` }))}
              values={ticked}
              onChange={setTicked}
            />
            <button type="button" class="btn-secondary" id="paste-add" onClick={addTicked} disabled={!ticked.length}>
              {t('paste.add')}
            </button>
          </div>
        ) : (
          <p class="error" role="alert">
            {t('paste.none')}
          </p>
        )
      ) : null}
    </details>
  );
}

function BulkTime({ answers, update, onApplied }: { answers: Answers; update: Props['update']; onApplied: (n: number) => void }) {
  const { t } = useI18n();
  const [time, setTime] = useState('');
  const [until, setUntil] = useState('');
  return (
    <details class="bulk">
      <summary>{t('bulk.title')}</summary>
      <p class="hint">{t('bulk.help')}</p>
      <div class="row">
        <TextField id="bulk-time" label={t('tx.time')} hint={t('field.timeHelp')} width="short" value={time} onInput={setTime} />
        <TextField id="bulk-until" label={t('tx.until')} width="short" value={until} onInput={setUntil} />
      </div>
      <button
        type="button"
        class="btn-secondary"
        id="bulk-apply"
        onClick={() => {
          update({ transactions: answers.transactions.map((x) => ({ ...x, time, until })) });
          onApplied(answers.transactions.length);
        }}
      >
        {t('bulk.apply')}
      </button>
    </details>
  );
}

