import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.js';
import { generateKey, parseKey } from '../db/field-crypto.js';

export interface Secrets {
  /** Signs web session tokens. */
  sessionSecret: Buffer;
  /** Field encryption keys, primary first. */
  encryptionKeys: Buffer[];
  /** The secret behind phone-number lookup hashes; kept across key rotation (undefined: derived, legacy). */
  lookupKey: Buffer | undefined;
  /** Where they came from, for the start-up log (never the values). */
  source: 'config' | 'data-dir';
}

interface StoredSecrets {
  sessionSecret: string;
  encryptionKey: string;
  lookupKey?: string;
}

/**
 * Keys from config when set; otherwise generated once and kept in DATA_DIR/secrets.json (mode 0600),
 * so the embedded default needs no set-up and sessions and encrypted data survive a restart.
 */
export function loadSecrets(config: Config): Secrets {
  const retired = (config.ENCRYPTION_KEYS_RETIRED ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)
    .map(parseKey);
  if (config.SESSION_SECRET && config.ENCRYPTION_KEY) {
    return {
      sessionSecret: Buffer.from(config.SESSION_SECRET, 'utf8'),
      encryptionKeys: [parseKey(config.ENCRYPTION_KEY), ...retired],
      lookupKey: config.LOOKUP_KEY ? parseKey(config.LOOKUP_KEY) : undefined,
      source: 'config',
    };
  }
  // The data folder is the service's alone (keys, the embedded database): private to this user.
  mkdirSync(config.DATA_DIR, { recursive: true, mode: 0o700 });
  chmodSync(config.DATA_DIR, 0o700);
  const file = join(config.DATA_DIR, 'secrets.json');
  let stored: StoredSecrets;
  if (existsSync(file)) {
    stored = JSON.parse(readFileSync(file, 'utf8')) as StoredSecrets;
  } else {
    stored = { sessionSecret: randomBytes(48).toString('base64'), encryptionKey: generateKey() };
  }
  // Written when new, and when a folder from before the lookup key gets one.
  if (!stored.lookupKey && !config.LOOKUP_KEY) {
    stored = { ...stored, lookupKey: generateKey() };
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return {
    sessionSecret: Buffer.from(config.SESSION_SECRET ?? stored.sessionSecret, 'utf8'),
    encryptionKeys: [parseKey(config.ENCRYPTION_KEY ?? stored.encryptionKey), ...retired],
    lookupKey: parseKey(config.LOOKUP_KEY ?? stored.lookupKey!),
    source: 'data-dir',
  };
}
