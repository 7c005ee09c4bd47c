import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Field-level encryption for message bodies, phone numbers and questionnaire answers.
 * AES-256-GCM with a random 96-bit IV; the output names the key it was made with, so keys can be
 * rotated: encrypt with the first key, decrypt with whichever key the value names.
 * Lookup hashes (phone numbers) are HMAC-SHA256 under a key derived from the primary key.
 *
 * Format: `v1.<keyId>.<iv>.<ciphertext+tag>` (base64url parts).
 */
export interface FieldCrypto {
  encrypt(plaintext: string): string;
  decrypt(value: string): string;
  /** Binary form of encrypt: `[keyId (4 bytes)][iv (12)][ciphertext][tag (16)]`. */
  seal(plaintext: Uint8Array): Uint8Array;
  open(sealed: Uint8Array): Uint8Array;
  /** A stable keyed hash for equality lookups (e.g. a phone number), hex. */
  hash(value: string): string;
}

const VERSION = 'v1';

function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

export function parseKey(encoded: string): Buffer {
  const key = Buffer.from(encoded, encoded.length === 64 && /^[0-9a-f]+$/i.test(encoded) ? 'hex' : 'base64');
  if (key.length !== 32) throw new Error('an encryption key must be 32 bytes (base64 or hex)');
  return key;
}

export function generateKey(): string {
  return randomBytes(32).toString('base64');
}

/**
 * @param keys the primary key first, then retired keys still needed to read old values
 * @param lookupKey the secret behind `hash` (phone-number lookup). It must outlive key rotation, so
 *   it is its own secret; without one (older set-ups) it is derived from the primary key, and a
 *   rotation then changes every lookup hash (services.ts re-hashes them at start-up).
 */
export function createFieldCrypto(keys: readonly Buffer[], lookupKey?: Buffer): FieldCrypto {
  const primary = keys[0];
  if (!primary) throw new Error('at least one encryption key is required');
  const byId = new Map(keys.map((k) => [keyId(k), k]));
  const primaryId = keyId(primary);
  const hashKey = Buffer.from(hkdfSync('sha256', lookupKey ?? primary, Buffer.alloc(0), 'lookup-hash', 32));

  return {
    encrypt(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', primary, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${VERSION}.${primaryId}.${iv.toString('base64url')}.${body.toString('base64url')}`;
    },
    decrypt(value) {
      const [version, id, ivPart, bodyPart] = value.split('.');
      if (version !== VERSION || !id || !ivPart || !bodyPart) throw new Error('not an encrypted field value');
      const key = byId.get(id);
      if (!key) throw new Error(`no key ${id} to decrypt this value`);
      const body = Buffer.from(bodyPart, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivPart, 'base64url'));
      decipher.setAuthTag(body.subarray(body.length - 16));
      return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8');
    },
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', primary, iv);
      return Buffer.concat([Buffer.from(primaryId, 'hex'), iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
    },
    open(sealed) {
      const buf = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
      const key = byId.get(buf.subarray(0, 4).toString('hex'));
      if (!key) throw new Error('no key to open this value');
      const decipher = createDecipheriv('aes-256-gcm', key, buf.subarray(4, 16));
      decipher.setAuthTag(buf.subarray(buf.length - 16));
      return Buffer.concat([decipher.update(buf.subarray(16, buf.length - 16)), decipher.final()]);
    },
    hash(value) {
      return createHmac('sha256', hashKey).update(value).digest('hex');
    },
  };
}
