import { describe, expect, it } from 'vitest';
import { createFieldCrypto, generateKey, parseKey } from './field-crypto.js';

describe('field encryption', () => {
  const key = parseKey(generateKey());

  it('round-trips text, with a new IV each time', () => {
    const c = createFieldCrypto([key]);
    const a = c.encrypt('I feel low today 😔');
    const b = c.encrypt('I feel low today 😔');
    expect(a).not.toBe(b);
    expect(c.decrypt(a)).toBe('I feel low today 😔');
  });

  it('reads values written under a retired key after rotation', () => {
    const old = createFieldCrypto([key]);
    const written = old.encrypt('before rotation');
    const rotated = createFieldCrypto([parseKey(generateKey()), key]);
    expect(rotated.decrypt(written)).toBe('before rotation');
    expect(rotated.encrypt('x').split('.')[1]).not.toBe(written.split('.')[1]);
  });

  it('refuses tampered ciphertext', () => {
    const c = createFieldCrypto([key]);
    const v = c.encrypt('hello');
    const [version, id, iv, body] = v.split('.') as [string, string, string, string];
    // Flip one bit of the sealed bytes (a character swap could leave them unchanged).
    const bytes = Buffer.from(body, 'base64url');
    for (const at of [0, bytes.length - 1]) {
      const flipped = Buffer.from(bytes);
      flipped[at] = flipped[at]! ^ 1;
      expect(() => c.decrypt([version, id, iv, flipped.toString('base64url')].join('.'))).toThrow();
    }
  });

  it('hashes for lookup stably under one key and differently under another', () => {
    const a = createFieldCrypto([key]);
    expect(a.hash('+15551230000')).toBe(a.hash('+15551230000'));
    expect(createFieldCrypto([parseKey(generateKey())]).hash('+15551230000')).not.toBe(a.hash('+15551230000'));
  });

  it('seals bytes the same way', () => {
    const c = createFieldCrypto([key]);
    const data = new TextEncoder().encode('{"answer":"private"}');
    expect(new TextDecoder().decode(c.open(c.seal(data)))).toBe('{"answer":"private"}');
  });
});
