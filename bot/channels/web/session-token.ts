import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A web session token: `v1.<payload>.<signature>`, base64url, HMAC-SHA256 over `v1.<payload>`.
 * The payload names the patient and an expiry; the token is the patient's credential for the widget
 * API, so it is kept in the browser and never logged.
 */
export interface SessionClaims {
  patientId: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
  /** When it was issued, milliseconds since the epoch (0 for tokens from before this was recorded). */
  issuedAt: number;
}

const PREFIX = 'v1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function sign(secret: Buffer, body: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

export function issueToken(secret: Buffer, patientId: string, now: Date, ttlSeconds: number): { token: string; expiresAt: Date } {
  const exp = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const payload = Buffer.from(JSON.stringify({ p: patientId, e: exp, i: now.getTime() })).toString('base64url');
  const body = `${PREFIX}.${payload}`;
  return { token: `${body}.${sign(secret, body).toString('base64url')}`, expiresAt: new Date(exp * 1000) };
}

/** The claims of a valid, unexpired token; null for anything else (no reason is given to the caller). */
export function verifyToken(secret: Buffer, token: string, now: Date): SessionClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX || !parts[1] || !parts[2]) return null;
  const expected = sign(secret, `${parts[0]}.${parts[1]}`);
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as { p?: unknown; e?: unknown; i?: unknown };
    // A signed token naming something that is not a patient id is no session (it was a 500 on lookup).
    if (typeof claims.p !== 'string' || !UUID.test(claims.p) || typeof claims.e !== 'number') return null;
    if (claims.e * 1000 <= now.getTime()) return null;
    return { patientId: claims.p, exp: claims.e, issuedAt: typeof claims.i === 'number' ? claims.i : 0 };
  } catch {
    return null;
  }
}
