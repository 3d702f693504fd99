/** Organisations, users, cookie sessions and API tokens. Secrets are stored only as SHA-256 digests. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, UserTable } from './schema.js';
import { hashPassword, verifyPassword } from './password.js';

export type Role = UserTable['role'];

export interface Principal {
  userId: string;
  email: string;
  name: string;
  organisationId: string;
  organisationName: string;
  role: Role;
  /** How the caller proved who it is. */
  via: 'local' | 'session' | 'token';
  /** The session's CSRF secret, for cookie sessions. */
  csrf: string | null;
}

const now = () => new Date().toISOString();
export const digest = (secret: string) => createHash('sha256').update(secret).digest('base64url');
export const LOCAL_EMAIL = 'local@localhost';
const SESSION_DAYS = 7;

export async function ensureOrganisation(db: Kysely<Database>, name: string): Promise<string> {
  const found = await db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirst();
  if (found) return found.id;
  const id = randomUUID();
  await db.insertInto('organisations').values({ id, name, created_at: now() }).execute();
  return id;
}

export type CreateUser = { ok: true; id: string } | { ok: false; reason: 'email_taken' };

export async function createUser(
  db: Kysely<Database>, u: { organisationId: string; email: string; name: string; role: Role; password: string },
): Promise<CreateUser> {
  const email = u.email.trim().toLowerCase();
  if (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) return { ok: false, reason: 'email_taken' };
  const id = randomUUID();
  try {
    await db.insertInto('users').values({
      id, organisation_id: u.organisationId, email, name: u.name, role: u.role, password_hash: await hashPassword(u.password), created_at: now(),
    }).execute();
  } catch (e) {
    // Created meanwhile by a concurrent request (the check above ran before the ~0.1 s hash).
    if (uniqueViolation(e)) return { ok: false, reason: 'email_taken' };
    throw e;
  }
  return { ok: true, id };
}

const uniqueViolation = (e: unknown) => {
  const code = (e as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
};

/**
 * Serialises the changes of an organisation's users: a write to its row takes its lock (PostgreSQL:
 * the row; SQLite: the database) until the transaction ends, so that two admins demoting each other
 * at once cannot both see the other still admin (under READ COMMITTED both did).
 */
async function lockOrganisation(trx: Kysely<Database>, organisationId: string): Promise<void> {
  await trx.updateTable('organisations').set((eb) => ({ name: eb.ref('name') })).where('id', '=', organisationId).execute();
}

export async function listUsers(db: Kysely<Database>, organisationId: string) {
  return db.selectFrom('users').select(['id', 'email', 'name', 'role', 'created_at']).where('organisation_id', '=', organisationId).orderBy('email').execute();
}

/** The implicit user of local mode, created on first start. */
export async function localPrincipal(db: Kysely<Database>): Promise<Principal> {
  const organisationId = await ensureOrganisation(db, 'local');
  let user = await db.selectFrom('users').selectAll().where('email', '=', LOCAL_EMAIL).executeTakeFirst();
  if (!user) {
    await createUser(db, { organisationId, email: LOCAL_EMAIL, name: 'local', role: 'admin', password: randomBytes(24).toString('base64url') });
    user = await db.selectFrom('users').selectAll().where('email', '=', LOCAL_EMAIL).executeTakeFirstOrThrow();
  }
  return { userId: user.id, email: user.email, name: user.name, organisationId, organisationName: 'local', role: user.role, via: 'local', csrf: null };
}

function principalQuery(db: Kysely<Database>) {
  return db.selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['users.id as userId', 'users.email', 'users.name', 'users.role', 'users.password_hash', 'organisations.id as organisationId', 'organisations.name as organisationName']);
}

/** A new session for valid credentials; null otherwise (same answer for unknown e-mail and bad password). */
export async function login(db: Kysely<Database>, email: string, password: string): Promise<{ secret: string; principal: Principal } | null> {
  const row = await principalQuery(db).where('users.email', '=', email.trim().toLowerCase()).executeTakeFirst();
  // Hash even for an unknown address so that timing does not reveal which addresses exist.
  const ok = await verifyPassword(password, row?.password_hash ?? 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  if (!row || !ok || row.email === LOCAL_EMAIL) return null;
  const secret = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const expires = new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString();
  await db.insertInto('sessions').values({ id: digest(secret), user_id: row.userId, csrf, created_at: now(), expires_at: expires }).execute();
  const { password_hash: _, ...p } = row;
  return { secret, principal: { ...p, via: 'session', csrf } };
}

export async function bySession(db: Kysely<Database>, secret: string): Promise<Principal | null> {
  const row = await principalQuery(db)
    .innerJoin('sessions', 'sessions.user_id', 'users.id')
    .select(['sessions.csrf', 'sessions.expires_at'])
    .where('sessions.id', '=', digest(secret))
    .executeTakeFirst();
  if (!row || row.expires_at < now()) return null;
  const { password_hash: _, expires_at: __, ...p } = row;
  return { ...p, via: 'session' };
}

export async function logout(db: Kysely<Database>, secret: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', digest(secret)).execute();
}

export async function createToken(db: Kysely<Database>, userId: string, label: string): Promise<string> {
  const token = `rct_${randomBytes(32).toString('base64url')}`;
  await db.insertInto('api_tokens').values({ id: digest(token), user_id: userId, label, created_at: now() }).execute();
  return token;
}

export async function byToken(db: Kysely<Database>, token: string): Promise<Principal | null> {
  const row = await principalQuery(db)
    .innerJoin('api_tokens', 'api_tokens.user_id', 'users.id')
    .where('api_tokens.id', '=', digest(token))
    .executeTakeFirst();
  if (!row) return null;
  const { password_hash: _, ...p } = row;
  return { ...p, via: 'token', csrf: null };
}

export type UserChange = { ok: true } | { ok: false; reason: 'not_found' | 'last_admin' };

/** A user of the organisation that an admin may change (never the implicit user of local mode). */
export async function orgUser(db: Kysely<Database>, organisationId: string, id: string) {
  const user = await db.selectFrom('users').select(['id', 'email', 'name', 'role', 'created_at']).where('id', '=', id).where('organisation_id', '=', organisationId).executeTakeFirst();
  return user && user.email !== LOCAL_EMAIL ? user : null;
}

/**
 * Changes a user of the organisation: role, name, or password. A new password ends the user's
 * sessions and API tokens: a reset usually follows a suspected theft, and a token minted by the
 * thief would outlive it. An organisation keeps at least one admin.
 */
export async function updateUser(
  db: Kysely<Database>, organisationId: string, id: string, change: { role?: Role; name?: string; password?: string },
): Promise<UserChange> {
  const hash = change.password === undefined ? undefined : await hashPassword(change.password);
  return db.transaction().execute(async (trx): Promise<UserChange> => {
    await lockOrganisation(trx, organisationId);
    const user = await orgUser(trx, organisationId, id);
    if (!user) return { ok: false, reason: 'not_found' };
    if (user.role === 'admin' && change.role === 'caseworker' && (await otherAdmins(trx, organisationId, id)) === 0) return { ok: false, reason: 'last_admin' };
    const set = { ...(change.role ? { role: change.role } : {}), ...(change.name ? { name: change.name } : {}), ...(hash ? { password_hash: hash } : {}) };
    if (Object.keys(set).length) await trx.updateTable('users').set(set).where('id', '=', id).execute();
    if (hash) {
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
      await trx.deleteFrom('api_tokens').where('user_id', '=', id).execute();
    }
    return { ok: true };
  });
}

/** Removes a user of the organisation with its sessions and tokens: it can no longer call. Its name stays in case histories. */
export async function removeUser(db: Kysely<Database>, organisationId: string, id: string): Promise<UserChange> {
  return db.transaction().execute(async (trx): Promise<UserChange> => {
    await lockOrganisation(trx, organisationId);
    const user = await orgUser(trx, organisationId, id);
    if (!user) return { ok: false, reason: 'not_found' };
    if (user.role === 'admin' && (await otherAdmins(trx, organisationId, id)) === 0) return { ok: false, reason: 'last_admin' };
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await trx.deleteFrom('api_tokens').where('user_id', '=', id).execute();
    await trx.deleteFrom('users').where('id', '=', id).execute();
    return { ok: true };
  });
}

async function otherAdmins(db: Kysely<Database>, organisationId: string, except: string): Promise<number> {
  const { n } = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId).where('role', '=', 'admin').where('id', '!=', except).executeTakeFirstOrThrow();
  return Number(n);
}

/** A user's own API tokens: the label and when, never the secret; `id` is the stored digest. */
export async function listTokens(db: Kysely<Database>, userId: string) {
  return db.selectFrom('api_tokens').select(['id', 'label', 'created_at']).where('user_id', '=', userId).orderBy('created_at').execute();
}

export async function revokeToken(db: Kysely<Database>, userId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('api_tokens').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
