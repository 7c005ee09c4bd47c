/**
 * Memory with a clinic's worth of patients: the service's resident memory (RSS) after N patients
 * (default 10,000) have been created through the web API, each given a daily check-in through the
 * operator API, and the background loops (check-ins included) have run over them for a few seconds.
 * `npm run bench:memory [-- N]` prints a line and, last, one JSON line.
 */
import type { Service } from './util.js';
import { isMain, json, startService } from './util.js';
import { ADMIN, ESCALATION_ENV } from './escalation.js';

const IN_FLIGHT = 8;
/** Long enough for the check-in loop (every 5 s) to pass over every schedule at least once. */
const SETTLE_MS = 12_000;

export interface MemoryFigures {
  patients: number;
  rssReadyMb: number;
  rssMb: number;
  createS: number;
}

export async function patientsMemory(service: Service, patients: number): Promise<MemoryFigures> {
  const { base } = service;
  const rssReadyMb = service.rssMb();
  // Due in about twelve hours, local time (UTC): created, scheduled, not sent during the run.
  const due = new Date(Date.now() + 12 * 3_600_000);
  const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < patients) {
      next += 1;
      const { patientId } = await json<{ patientId: string }>(await fetch(`${base}/api/web/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }));
      const res = await fetch(`${base}/api/admin/patients/${patientId}/check-in`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ time }),
      });
      if (res.status !== 204) throw new Error(`check-in ${res.status} ${await res.text()}`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const createS = (performance.now() - t0) / 1000;
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  return { patients, rssReadyMb, rssMb: service.rssMb(), createS: Math.round(createS) };
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 10_000);
  const service = await startService(ESCALATION_ENV);
  try {
    const m = await patientsMemory(service, n);
    console.log(`memory (${service.database}): RSS ${m.rssReadyMb} MB when ready, ${m.rssMb} MB after ${m.patients} patients with a check-in each (created in ${m.createS} s)`);
    console.log(JSON.stringify({ bench: 'memory', db: service.database, ...m }));
  } finally {
    await service.stop();
  }
}

if (isMain(import.meta.url)) await main();
