/**
 * Users who sign on through an OpenID provider: the provider's claims name the organisation and
 * role (src/server/sso.ts maps them); the user is created on first sign-on, its role and name
 * follow the provider at every sign-on, and it has no password here (it cannot log in with one).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import { digest, ensureOrganisation, type Role } from './users.js';

/** Not an scrypt hash: no password ever matches it. */
const NO_PASSWORD = 'sso';
const PENDING_MS = 10 * 60_000;

export async function savePending(db: Kysely<Database>, p: { state: string; verifier: string; nonce: string }): Promise<void> {
  const now = new Date();
  await db.deleteFrom('oidc_logins').where('created_at', '<', new Date(now.getTime() - PENDING_MS).toISOString()).execute();
  await db.insertInto('oidc_logins').values({ ...p, created_at: now.toISOString() }).execute();
}

/** The login under way for this state, used once; null if unknown or older than 10 minutes. */
export async function takePending(db: Kysely<Database>, state: string): Promise<{ verifier: string; nonce: string } | null> {
  const row = await db.deleteFrom('oidc_logins').where('state', '=', state).returning(['verifier', 'nonce', 'created_at']).executeTakeFirst();
  return row && Date.now() - Date.parse(row.created_at) < PENDING_MS ? row : null;
}

export type SignOn =
  | { ok: true; secret: string; userId: string; organisationId: string; roleChanged: { from: Role; to: Role } | null; created: boolean }
  | { ok: false; reason: 'other_organisation' | 'local_user' };

/** Finds or creates the user, brings its role and name in line with the provider, and opens a session. */
export async function signOn(db: Kysely<Database>, who: { email: string; name: string; organisation: string; role: Role }, sessionMinutes: number): Promise<SignOn> {
  const organisationId = await ensureOrganisation(db, who.organisation);
  const email = who.email.trim().toLowerCase();
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx): Promise<SignOn> => {
    const user = await trx.selectFrom('users').select(['id', 'organisation_id', 'role', 'name', 'password_hash']).where('email', '=', email).executeTakeFirst();
    if (user && user.organisation_id !== organisationId) return { ok: false, reason: 'other_organisation' };
    // An account with a password here stays a local account: the provider does not take it over.
    if (user && user.password_hash !== NO_PASSWORD) return { ok: false, reason: 'local_user' };
    const userId = user?.id ?? randomUUID();
    if (!user) await trx.insertInto('users').values({ id: userId, organisation_id: organisationId, email, name: who.name, role: who.role, password_hash: NO_PASSWORD, created_at: now }).execute();
    else if (user.role !== who.role || user.name !== who.name) await trx.updateTable('users').set({ role: who.role, name: who.name }).where('id', '=', userId).execute();
    const secret = randomBytes(32).toString('base64url');
    const expires = new Date(Date.now() + sessionMinutes * 60_000).toISOString();
    await trx.insertInto('sessions').values({ id: digest(secret), user_id: userId, csrf: randomBytes(24).toString('base64url'), created_at: now, expires_at: expires }).execute();
    return { ok: true, secret, userId, organisationId, roleChanged: user && user.role !== who.role ? { from: user.role, to: who.role } : null, created: !user };
  });
}
