import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConversations } from './schema.js';
import { prepareSnapshot, runConversation, summarise } from './runner.js';

const OWN = fileURLToPath(new URL('./own.jsonl', import.meta.url));

/**
 * Our own conversations (own.jsonl) as a test, in two halves (even and odd lines) in two files, so
 * the two test workers run them side by side: every check must pass, through the real path.
 */
export function ownConversationsHalf(half: 0 | 1): void {
  describe(`our own conversations, half ${half + 1} of 2`, () => {
    let snapshot: Blob;
    beforeAll(async () => {
      snapshot = await prepareSnapshot();
    }, 120_000);

    it('passes every check, through the real path', async () => {
      const conversations = parseConversations(readFileSync(OWN, 'utf8')).filter((_, i) => i % 2 === half);
      const results = [];
      for (const conv of conversations) results.push(await runConversation(conv, snapshot));
      const failed = results.flatMap((r) => r.checks.filter((c) => !c.ok));
      expect(failed).toEqual([]);
      const summary = summarise(results);
      expect(summary).toMatchObject({ conversations: conversations.length, failed: 0, missed_crisis: 0, false_alarms: 0, pass_rate: 1 });
      expect(summary.checks).toBeGreaterThan(40);
    }, 300_000);
  });
}
