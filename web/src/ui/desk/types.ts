/** The registry's answers the desk reads (docs/api.md, src/server/routes/cases.ts). */
import type { CaseInput } from '../../../../src/case/schema.js';
import type { Assessment } from '../../../../src/engine/types.js';

export const STATUSES = ['draft', 'open', 'claimed', 'mediation', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

/** One case of the list. */
export interface ListItem {
  id: string;
  version: number;
  title: string;
  status: Status;
  jurisdiction: 'FR' | 'BE';
  disputed: string;
  refund_due: string;
  holder: string | null;
  bank: string | null;
  next_deadline: string | null;
  /** The latest deadline already passed. */
  last_passed_deadline: string | null;
  updated_at: string;
  archived: boolean;
}

/** One page of the case list. */
export interface ListAnswer {
  items: ListItem[];
  next_cursor: string | null;
  total: number;
}

/** A case with its file and its stored assessment. */
export interface CaseRecord {
  id: string;
  version: number;
  title: string;
  status: Status;
  notes: string;
  case: CaseInput;
  assessment: Assessment;
  archived: boolean;
  updated_at: string;
}

export interface HistoryEntry {
  version: number;
  at: string;
  user: string;
  action: string;
  changes: { path: string; from: unknown; to: unknown }[];
}
