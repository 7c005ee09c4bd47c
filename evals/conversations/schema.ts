import { z } from 'zod';

/** One conversation of `../shared/evals/conversations/*.jsonl` (schema in that folder's README). */
const expectation = z
  .object({
    escalation: z.enum(['none', 'concern', 'urgent']).optional(),
    crisisReply: z.boolean().optional(),
    safetyQuestion: z.boolean().optional(),
    replyIncludesAny: z.array(z.string().min(1)).min(1).optional(),
    replyExcludesAll: z.array(z.string().min(1)).min(1).optional(),
    understood: z.literal(true).optional(),
    notRepeat: z.literal(true).optional(),
  })
  .strict();

const turn = z.union([
  z.object({ text: z.string().min(1), expect: expectation.optional() }).strict(),
  z.object({ event: z.literal('checkin'), expect: expectation.optional() }).strict(),
]);

export const conversationSchema = z
  .object({
    id: z.string().min(1),
    locale: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must look like en-US'),
    channel: z.enum(['web', 'sms']),
    onCall: z.boolean(),
    onboarded: z.boolean().default(true),
    note: z.string().optional(),
    turns: z.array(turn).min(1),
  })
  .strict();

export type Conversation = z.infer<typeof conversationSchema>;
export type Turn = Conversation['turns'][number];
export type Expectation = z.infer<typeof expectation>;

export class MalformedFile extends Error {
  override name = 'MalformedFile';
}

/** Parses a JSON Lines file; a bad line throws naming the line and the field. */
export function parseConversations(text: string): Conversation[] {
  const out: Conversation[] = [];
  const ids = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      throw new MalformedFile(`line ${i + 1}: not JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    const parsed = conversationSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new MalformedFile(`line ${i + 1}: field ${issue.path.join('.') || '(object)'}: ${issue.message}`);
    }
    if (ids.has(parsed.data.id)) throw new MalformedFile(`line ${i + 1}: field id: "${parsed.data.id}" is not unique`);
    ids.add(parsed.data.id);
    out.push(parsed.data);
  });
  return out;
}
