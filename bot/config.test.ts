import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema, ConfigError, loadConfig } from './config.js';

describe('config', () => {
  it('runs with no settings at all (the embedded default)', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATA_DIR).toBe('./data');
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('names every bad variable in its error', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', TWILIO_ACCOUNT_SID: 'nope' });
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('TWILIO_ACCOUNT_SID');
    }
  });

  it('refuses an unauthenticated Teams endpoint in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MICROSOFT_APP_ID/);
  });

  it('requires a public URL when Twilio is configured, since signatures are computed on it', () => {
    expect(() =>
      loadConfig({ TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`, TWILIO_AUTH_TOKEN: 't', TWILIO_FROM_NUMBER: '+15550000000' }),
    ).toThrow(/PUBLIC_URL/);
  });

  it('documents every variable in .env.example', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    for (const key of Object.keys(configSchema.shape)) expect(example, key).toMatch(new RegExp(`^#? ?${key}=`, 'm'));
  });

  it('a bad value stops the process with a message that names it', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
      env: { ...process.env, PORT: 'not-a-port', DATA_DIR: '/nonexistent-never-used' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(78);
    expect(run.stderr).toContain('PORT');
  });
});
