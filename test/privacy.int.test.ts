import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';

describe('privacy', () => {
  const lines: string[] = [];
  let rt: TestRuntime;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    rt = await startApp({ LOG_LEVEL: 'trace' }, { log: pino({ level: 'trace' }, sink) });
  });
  afterAll(async () => {
    await rt.close();
  });

  it('nothing a patient writes appears in the logs, even on the crisis path', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('7');
    await p.say('Zanzibarian-feeling');
    await p.say('I took all my pills tonight, goodbye Quetzalcoatl');
    await p.send('', 'bad');
    const logs = lines.join('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const secret of ['Zanzibarian', 'Quetzalcoatl', 'pills tonight']) expect(logs).not.toContain(secret);
    expect(logs).not.toContain(p.token);
    expect(logs).toContain(p.patientId);
  });
});
