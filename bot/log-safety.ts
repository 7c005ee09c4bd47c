/**
 * What an error may say in a log. pino's default serializer writes every enumerable property of an
 * error, and database errors carry the query's parameters (`params`, a clinician's name), the row
 * that clashed (`detail`: "Key (name)=(…) already exists") and a message that repeats both; provider
 * errors can quote the request they failed on. Logged errors keep their kind, code, the constraint
 * or table they concern, and the first line of the message with anything quoted or after "params:"
 * cut, and the stack's frames (where, not what).
 */

const MAX_MESSAGE = 200;

/** A message with its data cut: after "params:", anything in quotes or brackets, and past one line. */
export function safeMessage(message: string): string {
  const firstLine = message.split(/\r?\n/)[0] ?? '';
  return firstLine
    .replace(/\bparams?:.*$/i, 'params: [redacted]')
    .replace(/(["'`\u201c\u2018])(?:(?!\1).){0,500}\1/g, '[redacted]')
    .replace(/\((?:[^()]){0,500}\)=\((?:[^()]){0,500}\)/g, '[redacted]')
    .slice(0, MAX_MESSAGE);
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  status?: unknown;
  statusCode?: unknown;
  stack?: unknown;
  cause?: unknown;
}

/** pino's `err` serializer: the error's kind and where it happened, never the data it was about. */
export function safeError(err: unknown, depth = 0): Record<string, unknown> {
  if (!err || typeof err !== 'object') return { type: typeof err };
  const e = err as ErrorLike;
  const out: Record<string, unknown> = { type: typeof e.name === 'string' ? e.name : 'Error' };
  if (typeof e.message === 'string') out.message = safeMessage(e.message);
  for (const key of ['code', 'constraint', 'table'] as const) if (typeof e[key] === 'string' && (e[key] as string).length <= 100) out[key] = e[key];
  for (const key of ['status', 'statusCode'] as const) if (typeof e[key] === 'number') out[key] = e[key];
  // Frames only: the first line of a stack is the message again.
  if (typeof e.stack === 'string') out.stack = e.stack.split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 12).join('\n');
  if (e.cause && depth < 2) out.cause = safeError(e.cause, depth + 1);
  return out;
}
