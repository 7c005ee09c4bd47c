import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { issueToken, verifyToken } from './session-token.js';

const secret = randomBytes(32);
const now = new Date('2026-03-01T12:00:00Z');
const PATIENT = '0b7f3c1e-4d2a-4f6b-9c8d-1e2f3a4b5c6d';

describe('web session tokens', () => {
  it('a token names its patient until it expires', () => {
    const { token } = issueToken(secret, PATIENT, now, 3600);
    expect(verifyToken(secret, token, now)?.patientId).toBe(PATIENT);
    expect(verifyToken(secret, token, new Date(now.getTime() + 3_599_000))).not.toBeNull();
    expect(verifyToken(secret, token, new Date(now.getTime() + 3_600_000))).toBeNull();
    // Correctly signed, but naming something that is not a patient id: no session.
    expect(verifyToken(secret, issueToken(secret, 'patient-1', now, 3600).token, now)).toBeNull();
  });

  it('a token signed with another secret, or altered, is refused', () => {
    const { token } = issueToken(secret, PATIENT, now, 3600);
    expect(verifyToken(randomBytes(32), token, now)).toBeNull();
    const [v, payload, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ p: 'patient-2', e: 9_999_999_999 })).toString('base64url');
    expect(verifyToken(secret, `${v}.${forged}.${sig}`, now)).toBeNull();
    expect(verifyToken(secret, `${v}.${payload}`, now)).toBeNull();
    expect(verifyToken(secret, 'garbage', now)).toBeNull();
  });
});
