/**
 * The result: the amount owed in large type, who bears what per operation, why (rendered from the
 * trace with the report's sentences), the arguable points, the deadlines as a dated timeline with
 * what to do next, interest to date, precedents, and the letters to download.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useI18n } from './ctx.js';
import { api, ApiError, getMe } from '../api.js';
import { Letters } from './letters.js';
import { formatMoney, type Lang } from '../money.js';
import { formatCaseDate, formatDate } from '../dates.js';
import type { MessageKey } from '../i18n/index.js';
import type { Answers, MissingQuestion } from '../model.js';
import type { Catalogue } from '../../../src/report/messages.js';
import { isOperationStep, operationGroups } from '../../../src/report/steps.js';
import { engineTitle, engineValueLabel } from './questionnaire.js';

/** The parts of `recours.assessment/1` the page shows. */
export interface TraceEntry {
  rule: string;
  citation: string;
  article: { id: string; version: string; paragraph?: string } | null;
  holds: boolean;
  because: string[];
  transactions?: string[];
  values?: Record<string, string>;
}
/** A text of the engine in each report language (`nl` where the engine has it). */
type Note = { fr: string; en: string; nl?: string };

export interface Assessment {
  as_of: string;
  jurisdiction: 'FR' | 'BE';
  outcome: string;
  regime: { id: string; label: string; franchise: string };
  totals: { disputed: string; payer_bears: string; refund_due: string };
  immediate_refund: { amount: string; basis: string };
  gross_negligence: {
    finding: string;
    grounds: string[];
    factors: { fact: string; status: string; role: string; counts: boolean; precedents: { id: string; citation: string; status: string; gross_negligence: boolean | null }[] }[];
  };
  scenarios: { reading: string; choices: Record<string, string>; primary: boolean; outcome: string; totals: { payer_bears: string; refund_due: string; disputed: string }; precedents?: string[] }[];
  transactions: { id: string; payer_bears: string; refund_due: string; rules: string[] }[];
  explanation: TraceEntry[];
  assumptions: { name: string; value: string; basis: string; note?: Note }[];
  deadlines: { kind: string; date: string; basis: string; passed: boolean; transactions?: string[]; note?: Note }[];
  precedents: { id: string; citation: string; supports_holder: boolean | null; reason: string | null; matched: string[] }[];
  interest?: { total: string; basis: string; base: string; periods: { from: string; to: string; days: number; rate: string; amount: string }[] };
}

type Catalogues = Record<Lang, Catalogue>;
let catalogues: Promise<Catalogues> | null = null;
/** The report's sentences (src/report/messages.ts), loaded after the first screen. */
const loadCatalogues = () => (catalogues ??= import('../../../src/report/messages.js').then((m) => m.CATALOGUES as Catalogues));


/** The engine's citations say "version du"; the same words as `cite()` gives them in Dutch and English. */
export const localCitation = (citation: string, lang: Lang) =>
  lang === 'fr' ? citation : citation.replace(/\(version du /g, lang === 'nl' ? '(versie van ' : '(version of ');

export function sentence(cat: Catalogue, e: TraceEntry, money: (s: string) => string): string {
  const values = { ...(e.values ?? {}) };
  if (e.rule === 'interest.late_refund') {
    if (values.total) values.total = money(values.total);
    if (values.base) values.base = money(values.base);
  }
  if (e.rule === 'allocation.franchise_allocated') {
    if (values.cap && /^\d+\.\d{2}$/.test(values.cap)) values.cap = money(values.cap);
    if (values.borne && /^\d+\.\d{2}$/.test(values.borne)) values.borne = money(values.borne);
  }
  const s = cat.rules[`${e.rule}:${e.holds}`];
  return s ? s(values) : `${e.rule} (${e.holds})`;
}

function Section({ id, title, children, help }: { id: string; title: string; children: ComponentChildren; help?: string }) {
  return (
    <section class="result-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {help ? <p class="hint">{help}</p> : null}
      {children}
    </section>
  );
}

export interface ResultProps {
  caseFile: Record<string, unknown>;
  /** Statement labels of the operations, by id. */
  labels?: Record<string, string>;
  notes?: string;
  onEdit?: () => void;
  /** On the desk the case is already in the registry. */
  saved?: boolean;
  /** On the desk: the registry case, whose documents the letters list and the dossier carries. */
  caseId?: string;
  asOf?: string;
  /** The intake answers the case file has no field for, shown so the victim can add them to a letter. */
  intake?: Answers;
}

export function ResultView({ caseFile, labels = {}, notes, onEdit, saved, asOf, intake, caseId }: ResultProps) {
  const { t, lang } = useI18n();
  const [a, setA] = useState<Assessment | null>(null);
  const [cats, setCats] = useState<Catalogues | null>(null);
  const [missing, setMissing] = useState<MissingQuestion[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [savedId, setSavedId] = useState<string | null>(null);
  const [canSave, setCanSave] = useState(false);
  const j = (caseFile.jurisdiction as 'FR' | 'BE') ?? null;
  const money = (s: string) => formatMoney(s, lang, j);
  const body = asOf ? { case: caseFile, lang, as_of: asOf } : { case: caseFile, lang };
  const key = JSON.stringify(body);
  const focused = useRef(false);

  useEffect(() => {
    let live = true;
    setError(null);
    loadCatalogues().then((c) => live && setCats(c), () => undefined);
    api<{ assessment: Assessment }>('POST', '/v1/assessments', { ...body, explain: 'none' }, lang)
      .then((r) => {
        if (!live) return;
        setA(r.assessment);
        // The focus goes to the result once; a later language switch leaves it where it is.
        // On a desk case page it does so only if the reader has not moved on (no focus theft).
        const ae = document.activeElement;
        const idle = !ae || ae === document.body || ae.matches('main, main h1');
        if (!focused.current && (!saved || idle)) {
          focused.current = true;
          setTimeout(() => document.getElementById('result-heading')?.focus(), 0);
        }
      })
      .catch((e) => live && setError(t('error.api', { detail: e instanceof ApiError ? e.message : String(e) })));
    api<{ missing: MissingQuestion[] }>('POST', '/v1/missing', body, lang).then((r) => live && setMissing(r.missing), () => undefined);
    if (!saved) getMe().then((me) => live && setCanSave(!!me), () => undefined);
    return () => {
      live = false;
    };
  }, [key]);

  async function saveCase() {
    try {
      const title = `${(caseFile.psp as { name?: string } | undefined)?.name ?? ''} ${(caseFile.incident as { at?: string } | undefined)?.at?.slice(0, 10) ?? ''}`.trim() || 'case';
      const r = await api<{ id: string }>('POST', '/v1/cases', { case: caseFile, title, status: 'open', ...(notes ? { notes } : {}) }, lang);
      setSavedId(r.id);
    } catch (e) {
      setStatus(t('error.api', { detail: e instanceof ApiError ? e.message : String(e) }));
    }
  }

  if (error)
    return (
      <section class="result">
        <h1 id="result-heading" tabIndex={-1}>
          {t('result.title')}
        </h1>
        <p class="error" role="alert">
          {error}
        </p>
        {onEdit ? (
          <button type="button" class="btn-secondary" onClick={onEdit}>
            {t('result.edit')}
          </button>
        ) : null}
      </section>
    );
  if (!a)
    return (
      <section class="result" aria-busy="true">
        <h1 tabIndex={-1} data-step-heading>
          {t('result.title')}
        </h1>
        <p role="status">{t('result.loading')}</p>
      </section>
    );

  const cat = cats?.[lang];
  const caseLevel = a.explanation.filter((e) => !isOperationStep(e));
  const txCase = (caseFile.transactions as { id: string; at: string; amount: string; kind: string }[]) ?? [];
  const noteOf = (n?: Note) => (n ? n[lang] ?? n.en : '');
  const arguable = a.scenarios.length > 1 && a.scenarios.some((s) => s.totals.refund_due !== a.totals.refund_due);

  // Operation steps grouped like the text report: operations whose steps are the same are told once.
  const groups = operationGroups(a.explanation, a.transactions.map((x) => x.id));

  const Step = ({ e, because = e.because }: { e: TraceEntry; because?: string[] }) => (
    <li class={`trace ${e.holds ? 'holds' : 'not-holds'}`}>
      <details>
        <summary>{cat ? sentence(cat, e, money) || e.rule : e.rule}</summary>
        <dl class="trace-detail">
          <dt>{t('result.citation')}</dt>
          <dd>{localCitation(e.citation, lang)}</dd>
          {because.length ? (
            <>
              <dt>{t('result.because')}</dt>
              <dd>
                <ul>
                  {because.map((b) => (
                    <li key={b}>
                      <code>{b}</code>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
      </details>
    </li>
  );

  return (
    <article class="result">
      <header class="result-head" aria-live="polite">
        <h1 id="result-heading" tabIndex={-1}>
          {t('result.title')}
        </h1>
        <p class="owed-label">{t('result.owed')}</p>
        <p class="owed" id="amount-owed">
          {money(a.totals.refund_due)}
        </p>
        <p class="owed-detail">{t('result.ofDisputed', { disputed: money(a.totals.disputed), payer: money(a.totals.payer_bears) })}</p>
        <p>
          {cat ? t('result.outcome', { outcome: cat.outcome[a.outcome] ?? a.outcome }) : null} {t('result.immediate', { amount: money(a.immediate_refund.amount) })}
        </p>
        <p class="hint">{t('result.asOf', { date: formatDate(a.as_of, lang) })}</p>
      </header>

      <Section id="letters-title" title={t('result.letters')} help={t('result.lettersHelp')}>
        <Letters body={body} caseId={caseId} />
        {status ? <p class="status" role="status">{status}</p> : null}
      </Section>

      <IntakeNotes a={intake} />

      <Section id="tx-table-title" title={t('result.perTx')}>
        <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="tx-table-title">
          <table class="tx-table">
            <thead>
              <tr>
                <th scope="col">{t('th.op')}</th>
                <th scope="col">{t('th.date')}</th>
                <th scope="col" class="num">
                  {t('th.amount')}
                </th>
                <th scope="col" class="num">
                  {t('th.payer')}
                </th>
                <th scope="col" class="num">
                  {t('th.bank')}
                </th>
              </tr>
            </thead>
            <tbody>
              {a.transactions.map((x) => {
                const c = txCase.find((y) => y.id === x.id);
                return (
                  <tr key={x.id}>
                    <th scope="row">
                      {labels[x.id] || (c ? t(`kind.${c.kind}` as MessageKey) : x.id)} <span class="muted">({x.id})</span>
                    </th>
                    <td>{c ? formatCaseDate(c.at, lang) : ''}</td>
                    <td class="num">{c ? money(typeof c.amount === 'string' ? c.amount : String(c.amount)) : ''}</td>
                    <td class="num">{money(x.payer_bears)}</td>
                    <td class="num">{money(x.refund_due)}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('th.total')}</th>
                <td />
                <td class="num">{money(a.totals.disputed)}</td>
                <td class="num">{money(a.totals.payer_bears)}</td>
                <td class="num">{money(a.totals.refund_due)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </Section>

      {arguable ? (
        <Section id="scenarios-title" title={t('result.scenarios')} help={t('result.scenariosHelp')}>
          <ul>
            {a.scenarios.map((s) => (
              <li key={s.reading}>
                {t('result.scenarioLine', {
                  reading: Object.entries(s.choices).map(([k, v]) => `${cat?.dims[k] ?? k} : ${cat?.dims[v] ?? v}`).join(' ; '),
                  refund: money(s.totals.refund_due),
                  payer: money(s.totals.payer_bears),
                })}{' '}
                {s.primary ? <em>{t('result.primary')}</em> : null}
              </li>
            ))}
          </ul>
          <h3>{t('result.decides')}</h3>
          {missing.length ? (
            <ul>
              {missing.map((m) => (
                <li key={m.pointer}>
                  {engineTitle(t, m.question, m)}{' '}
                  <span class="muted">
                    ({m.answers.map((x) => `${engineValueLabel(t, x.value)} → ${money(x.refund_due)}`).join(' ; ')})
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('result.decidesNone')}</p>
          )}
        </Section>
      ) : null}

      <Section id="deadlines-title" title={t('result.deadlines')}>
        {a.deadlines.length ? (
          <ol class="timeline">
            {[...a.deadlines]
              .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
              .map((d) => (
                <li key={d.kind + d.date} class={d.passed ? 'passed' : 'upcoming'}>
                  <p class="timeline-date">
                    <time dateTime={d.date}>{formatDate(d.date, lang)}</time> <span class="badge">{d.passed ? t('result.passed') : t('result.upcoming')}</span>
                  </p>
                  <p class="timeline-what">{cat?.deadline[d.kind] ?? d.kind}</p>
                  <p>{t((`next.${d.kind}` in MESSAGES_NEXT ? `next.${d.kind}` : 'next.other') as MessageKey)}</p>
                  {d.note ? <p class="muted">{noteOf(d.note)}</p> : null}
                  <p class="muted small">{localCitation(d.basis, lang)}</p>
                </li>
              ))}
          </ol>
        ) : (
          <p>{t('result.noDeadlines')}</p>
        )}
      </Section>

      {a.interest ? (
        <Section id="interest-title" title={t('result.interest', { date: formatDate(a.as_of, lang) })}>
          <p class="interest-total">{t('result.interestTotal', { amount: money(a.interest.total), base: money(a.interest.base) })}</p>
          <details>
            <summary>{localCitation(a.interest.basis, lang)}</summary>
            <ul>
              {a.interest.periods.map((p) => (
                <li key={p.from}>
                  {t('result.interestPeriod', { from: formatDate(p.from, lang), to: formatDate(p.to, lang), days: p.days, rate: p.rate.replace('.', lang === 'en' ? '.' : ','), amount: money(p.amount) })}
                </li>
              ))}
            </ul>
          </details>
        </Section>
      ) : null}

      <Section id="why-title" title={t('result.why')} help={t('result.whyHelp')}>
        <ul class="trace-list">
          {caseLevel
            .filter((e) => e.rule !== 'outcome' && e.rule !== 'interest.late_refund' && e.rule !== 'gross_negligence.finding' && !e.rule.startsWith('deadline.'))
            .map((e, i) => (
              <Step e={e} key={`c${i}`} />
            ))}
        </ul>
        <h3>{t('result.gn')}</h3>
        <p>{t('result.gnFinding', { finding: cat?.finding[a.gross_negligence.finding] ?? a.gross_negligence.finding })}</p>
        <ul class="trace-list">
          {caseLevel
            .filter((e) => e.rule === 'gross_negligence.finding')
            .map((e, i) => (
              <Step e={e} key={`g${i}`} />
            ))}
          {a.gross_negligence.factors.map((f) => (
            <li key={f.fact} class="factor">
              <details>
                <summary>
                  {t('result.factor', { fact: t(`fact.${f.fact}` as MessageKey), status: cat?.status[f.status] ?? f.status })} —{' '}
                  {f.counts ? t('result.factorCounts') : t('result.factorNotCounts')}
                </summary>
                {f.precedents.length ? (
                  <>
                    <p>{t('result.factorPrecedents')}</p>
                    <ul>
                      {f.precedents.map((p) => (
                        <li key={p.id}>
                          {p.citation} ({cat?.status[p.status] ?? p.status}
                          {p.gross_negligence === null ? '' : `, ${cat?.finding[p.gross_negligence ? 'established' : 'not_established'] ?? ''}`})
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </details>
            </li>
          ))}
        </ul>
        <h3>{t('result.steps')}</h3>
        {groups.map((g) => (
          <div class="op-block" key={g.ids.join()}>
            <h4>{g.ids.map((id) => (labels[id] ? `${labels[id]} (${id})` : id)).join(', ')}</h4>
            <ul class="trace-list">
              {g.steps.map((e, i) => (
                <Step e={e} because={g.because[i]} key={i} />
              ))}
            </ul>
          </div>
        ))}
      </Section>

      {a.precedents.length ? (
        <Section id="precedents-title" title={t('result.precedents')} help={t('result.precedentsHelp')}>
          <ul class="precedents">
            {a.precedents.map((p) => (
              <li key={p.id}>
                <details>
                  <summary>
                    {p.citation} — {p.supports_holder === null ? '—' : p.supports_holder ? t('result.supports') : t('result.against')}
                  </summary>
                  {p.reason ? <p>{p.reason}</p> : null}
                  <p class="muted">{p.matched.join(' ; ')}</p>
                </details>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {a.assumptions.length ? (
        <Section id="assumptions-title" title={t('result.assumptions')}>
          <details>
            <summary>{a.assumptions.map((x) => `${x.name} = ${x.value}`).join(' ; ')}</summary>
            <ul>
              {a.assumptions.map((x) => (
                <li key={x.name}>
                  <code>{x.name}</code> = {x.value} — {x.note ? noteOf(x.note) : x.basis}
                </li>
              ))}
            </ul>
          </details>
        </Section>
      ) : null}

      <div class="actions">
        {onEdit ? (
          <button type="button" class="btn-secondary" id="edit-answers" onClick={onEdit}>
            {t('result.edit')}
          </button>
        ) : null}
        {canSave && !saved ? (
          savedId ? (
            <p role="status">{t('result.saved', { id: savedId })}</p>
          ) : (
            <button type="button" class="btn-secondary" id="save-case" onClick={saveCase}>
              {t('result.save')}
            </button>
          )
        ) : null}
      </div>
    </article>
  );
}

const MESSAGES_NEXT: Record<string, true> = {
  'next.notify_by': true, 'next.contest_by': true, 'next.bank_refund_by': true, 'next.bank_answer_by': true,
  'next.bank_answer_final_by': true, 'next.mediator_referral_from': true, 'next.mediator_referral_by': true,
};

function IntakeNotes({ a }: { a: Answers | undefined }) {
  const { t } = useI18n();
  if (!a) return null;
  const items: string[] = [];
  const vul = [...a.vulnerability.map((v) => t(`vulnerability.${v}` as MessageKey)), a.vulnerabilityNote.trim()].filter(Boolean);
  if (vul.length) items.push(t('result.intakeVulnerability', { list: vul.join(' ; ') }));
  if (a.representative && a.representative !== 'none') items.push(t('result.intakeRepresentative', { who: t(`representative.${a.representative}` as MessageKey) }));
  if (a.proceedings.length) items.push(t('result.intakeProceedings', { list: a.proceedings.map((p) => t(`proceedings.${p}` as MessageKey)).join(' ; ') }));
  if (a.police === 'yes' && a.policeRef.trim()) items.push(t('result.intakePolice', { ref: a.policeRef.trim() }));
  if (a.blockedRef.trim()) items.push(t('result.intakeBlocking', { ref: a.blockedRef.trim() }));
  if (!items.length) return null;
  return (
    <Section id="intake-title" title={t('result.intake')} help={t('result.intakeHelp')}>
      <ul>
        {items.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
    </Section>
  );
}
