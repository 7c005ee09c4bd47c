/**
 * `npm run eval:conversations -- [FILE]`: runs scripted conversations (default: the shared dev set)
 * through the real path and prints each failed check, then one JSON line of figures.
 * Exit 0 when it ran, 2 when the file is malformed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MalformedFile, parseConversations } from './schema.js';
import type { ConversationResult } from './runner.js';
import { prepareSnapshot, runConversation, summarise } from './runner.js';

const DEFAULT = fileURLToPath(new URL('../../../shared/evals/conversations/dev.jsonl', import.meta.url));

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--transcripts');
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const file = args.find((a) => !a.startsWith('--')) ?? DEFAULT;
  if (!existsSync(file)) {
    console.error(`no such file: ${file}`);
    return 2;
  }
  let conversations;
  try {
    conversations = parseConversations(readFileSync(file, 'utf8'));
  } catch (err) {
    if (err instanceof MalformedFile) {
      console.error(`${file}: ${err.message}`);
      return 2;
    }
    throw err;
  }
  if (only) conversations = conversations.filter((c) => only.split(',').includes(c.id));
  const snapshot = await prepareSnapshot();
  const results: ConversationResult[] = [];
  for (const conv of conversations) {
    const result = await runConversation(conv, snapshot);
    results.push(result);
    for (const c of result.checks.filter((x) => !x.ok)) {
      const t = result.transcript[c.turn - 1];
      console.log(`FAIL ${c.conversation} turn ${c.turn} ${c.key}: expected ${JSON.stringify(c.expected)}, got ${JSON.stringify(c.actual)}`);
      console.log(`     patient: ${JSON.stringify(t?.input)}`);
      for (const r of t?.replies ?? []) console.log(`     bot: ${JSON.stringify(r)}`);
    }
    if (verbose) {
      console.log(`--- ${conv.id} (${conv.locale}, ${conv.channel}, on call: ${conv.onCall})`);
      for (const t of result.transcript) {
        console.log(`  ${t.turn}. patient: ${t.input}   [escalation: ${t.escalation}]`);
        for (const r of t.replies) console.log(`     bot: ${r.replace(/\n/g, '\n          ')}`);
      }
    }
  }
  console.log(JSON.stringify(summarise(results)));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
