/** The case's history: each change with the field in words, the old and the new value, who and when. */
import { useI18n } from '../ctx.js';
import type { CaseInput } from '../../../../src/case/schema.js';
import type { MessageKey } from '../../i18n/index.js';
import { pointerWords, valueWords } from './fieldWords.js';
import type { HistoryEntry } from './types.js';

const ACTIONS = ['create', 'update', 'archive', 'import'];

export function History({ entries, caseFile }: { entries: HistoryEntry[]; caseFile: CaseInput }) {
  const { t, lang } = useI18n();
  const when = (at: string) => `${at.slice(8, 10)}/${at.slice(5, 7)}/${at.slice(0, 4)} ${at.slice(11, 16)}`;
  return (
    <section class="result-section" aria-labelledby="history-title">
      <h2 id="history-title">{t('case.history')}</h2>
      {entries.length ? (
        <ol class="history">
          {[...entries].reverse().map((h) => (
            <li key={h.version}>
              <p>
                {t('case.historyEntry', {
                  at: when(h.at), user: h.user, action: t((ACTIONS.includes(h.action) ? `action.${h.action}` : 'action.update') as MessageKey), v: h.version,
                })}
              </p>
              {h.changes.length ? (
                <ul class="history-changes">
                  {h.changes.map((c, i) => (
                    <li key={i}>
                      {t('case.historyChange', {
                        field: pointerWords(c.path, t, caseFile),
                        from: valueWords(c.from, c.path, { t, lang }),
                        to: valueWords(c.to, c.path, { t, lang }),
                      })}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('case.historyNone')}</p>
      )}
    </section>
  );
}
