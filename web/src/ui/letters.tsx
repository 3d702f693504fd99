/**
 * Every letter kind to download as PDF or DOCX, from the result page (the case file sent to
 * POST /v1/letters) and from a registry case on the desk (GET /v1/cases/{id}/letters, which lists
 * the case's documents as the numbered exhibits), and the one-PDF dossier of a registry case.
 * A letter the case cannot have (no regime, mediator year passed, no representative) shows why.
 */
import { useState } from 'preact/hooks';
import { useI18n } from './ctx.js';
import { apiFile, ApiError, saveFile } from '../api.js';
import type { MessageKey } from '../i18n/index.js';

/** The server's letter kinds (src/letters/kinds.ts), in the order a victim needs them. */
const KINDS = [
  'claim', 'formal-notice', 'reply-to-refusal', 'proof-request', 'data-access', 'police-report', 'court-claim', 'mediator', 'mandate', 'checklist',
] as const;
type LetterKind = (typeof KINDS)[number];

export interface LettersProps {
  /** The engine request of the result page: the case file, its language and evaluation date. */
  body: Record<string, unknown>;
  /** On the desk: the registry case, whose documents become the exhibits and the dossier. */
  caseId?: string | undefined;
}

export function Letters({ body, caseId }: LettersProps) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState('');

  async function fetchFile(path: string, post?: Record<string, unknown>) {
    setStatus(t('letter.downloading'));
    try {
      const { blob, filename } = await apiFile(path, post, lang);
      saveFile(blob, filename);
      setStatus(t('letter.ready', { file: filename }));
    } catch (e) {
      const detail = e instanceof ApiError ? (e.problem?.detail ?? e.message) : String(e);
      setStatus(e instanceof ApiError && e.status === 422 ? t('letter.refused', { detail }) : t('letter.error', { detail }));
    }
  }
  const download = (kind: LetterKind, format: 'pdf' | 'docx') =>
    caseId
      ? fetchFile(`/v1/cases/${encodeURIComponent(caseId)}/letters?kind=${kind}&format=${format}&lang=${lang}`)
      : fetchFile('/v1/letters', { ...body, kind, format });

  return (
    <>
      <ul class="letters">
        {KINDS.map((k) => (
          <li key={k}>
            <span class="letter-name">{t(`letter.${k}` as MessageKey)}</span>
            <span class="letter-buttons">
              {(['pdf', 'docx'] as const).map((f) => (
                <button
                  type="button"
                  class="btn-secondary"
                  key={f}
                  id={`letter-${k}-${f}`}
                  onClick={() => download(k, f)}
                  aria-label={t('letter.download', { kind: t(`letter.${k}` as MessageKey), format: t(`letter.${f}` as MessageKey) })}
                >
                  {t(`letter.${f}` as MessageKey)}
                </button>
              ))}
            </span>
          </li>
        ))}
        {caseId ? (
          <li>
            <span class="letter-name">{t('letter.dossier')}</span>
            <span class="letter-buttons">
              <button type="button" class="btn-secondary" id="letter-dossier-pdf" aria-describedby="letter-dossier-help"
                onClick={() => fetchFile(`/v1/cases/${encodeURIComponent(caseId)}/dossier?kind=court-claim&lang=${lang}`)}>
                {t('letter.pdf')}
              </button>
            </span>
            <span class="hint" id="letter-dossier-help">{t('letter.dossierHelp')}</span>
          </li>
        ) : null}
      </ul>
      <p class="status" role="status" id="letter-status">
        {status}
      </p>
    </>
  );
}
