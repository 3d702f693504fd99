/**
 * Exports as a stream: the JSON of `recours.export/1` is written case by case, a page of cases read
 * at a time, their stored JSON spliced in as text (never parsed). The server holds one page, not
 * the organisation: an export of 50 000 cases needs as much memory as one of a hundred (and each
 * case's evidence file, size-limited, is read with its case). A database
 * failure in the middle ends the response early, so the client gets invalid JSON, never a short
 * export that looks whole.
 */
import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { casesWithHistory, type CaseRow, type HistoryRow } from '../store/cases.js';
import { exportAttachments } from '../store/attachments.js';

const PAGE = 100;

/** A record's JSON text: its fields, then the stored case file and assessment, then `extra` members. */
export function recordText(meta: Record<string, unknown>, r: CaseRow, extra = ''): string {
  return `${JSON.stringify(meta).slice(0, -1)},"case":${r.case_json},"assessment":${r.assessment_json}${extra}}`;
}

const historyText = (h: HistoryRow) => {
  const imported = h.imported_by ? `,"imported":${JSON.stringify({ by: h.imported_by, at: h.imported_at ?? '' })}` : '';
  return `${JSON.stringify({ version: h.version, at: h.at, user: h.user_label, action: h.action }).slice(0, -1)},"changes":${h.changes_json}${imported}}`;
};

export function exportStream(
  db: Kysely<Database>, organisation: { id: string; name: string }, ids: string[], meta: (r: CaseRow) => Record<string, unknown>,
): Readable {
  async function* chunks() {
    yield `{"format":"recours.export/1","exported_at":${JSON.stringify(new Date().toISOString())},"organisation":${JSON.stringify(organisation.name)},"cases":[`;
    let sep = '';
    for (let i = 0; i < ids.length; i += PAGE) {
      let chunk = '';
      for (const { row, history } of await casesWithHistory(db, organisation.id, ids.slice(i, i + PAGE))) {
        const attachments = JSON.stringify(await exportAttachments(db, row.id));
        chunk += sep + recordText(meta(row), row, `,"history":[${history.map(historyText).join(',')}],"attachments":${attachments}`);
        sep = ',';
      }
      yield chunk;
    }
    yield ']}';
  }
  return Readable.from(chunks(), { objectMode: false });
}
