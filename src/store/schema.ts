/**
 * The registry's tables, as Kysely sees them. JSON is kept as text and booleans as 0/1 so that
 * SQLite and PostgreSQL hold exactly the same values; timestamps are ISO 8601 UTC strings.
 */
import type { Generated } from 'kysely';

export interface OrganisationTable {
  id: string;
  name: string;
  created_at: string;
}

export interface UserTable {
  id: string;
  organisation_id: string;
  email: string;
  name: string;
  role: 'caseworker' | 'admin';
  password_hash: string;
  created_at: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie's secret: a stolen database holds no usable session. */
  id: string;
  user_id: string;
  csrf: string;
  created_at: string;
  expires_at: string;
}

export interface TokenTable {
  /** SHA-256 of the bearer token. */
  id: string;
  user_id: string;
  label: string;
  created_at: string;
}

export interface CaseTable {
  id: string;
  organisation_id: string;
  version: number;
  title: string;
  status: string;
  notes: string;
  jurisdiction: string;
  case_json: string;
  assessment_json: string;
  disputed_cents: number;
  refund_due_cents: number;
  archived: number;
  created_at: string;
  updated_at: string;
}

/** One deadline of a case's stored assessment (replaced with it), so that lists can ask for the next one from any day. */
export interface DeadlineTable {
  case_id: string;
  kind: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface HistoryTable {
  seq: Generated<number>;
  case_id: string;
  version: number;
  at: string;
  user_label: string;
  action: string;
  changes_json: string;
  /** For an entry brought in by an import: who imported it (this registry's user) and when; else null. */
  imported_by: string | null;
  imported_at: string | null;
}

export interface DeletionTable {
  case_id: string;
  organisation_id: string;
  at: string;
  user_label: string;
}

export interface Database {
  organisations: OrganisationTable;
  users: UserTable;
  sessions: SessionTable;
  api_tokens: TokenTable;
  cases: CaseTable;
  case_history: HistoryTable;
  case_deletions: DeletionTable;
  case_deadlines: DeadlineTable;
  audit_log: AuditTable;
  retention_policies: RetentionPolicyTable;
  rate_limits: RateLimitTable;
  oidc_logins: OidcLoginTable;
}

/** The organisation audit trail (migration 0007-audit; src/store/audit.ts). */
export interface AuditTable {
  organisation_id: string;
  seq: number;
  at: string;
  actor_id: string | null;
  actor_label: string;
  via: string;
  action: string;
  target: string | null;
  detail_json: string;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

/** An organisation's retention (migration 0008-retention; src/store/retention.ts); null: never. */
export interface RetentionPolicyTable {
  organisation_id: string;
  archive_after_months: number | null;
  erase_after_months: number | null;
  updated_at: string;
}

/** A rate-limit counter shared by every server process (migration 0009-rate-limits; src/store/rateLimits.ts). */
export interface RateLimitTable {
  bucket: string;
  /** When the window began, in milliseconds since the epoch. */
  started_ms: number;
  count: number;
}

/** A sign-on under way (migration 0010-oidc; src/store/sso.ts). */
export interface OidcLoginTable {
  state: string;
  verifier: string;
  nonce: string;
  created_at: string;
}
