import type { z } from 'zod';

/**
 * One item per non-empty line, each checked against `schema`; an error names the line and the field.
 * `check` may add a rule of the caller's (an unknown id) and returns its message, or null.
 */
export function parseJsonl<S extends z.ZodType>(text: string, schema: S, check: (item: z.infer<S>) => string | null = () => null): Array<z.infer<S>> {
  return text
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim())
    .map(({ line, i }) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error(`line ${i + 1}: not JSON`);
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw new Error(`line ${i + 1}: field ${parsed.error.issues[0]!.path.join('.') || '(object)'}: ${parsed.error.issues[0]!.message}`);
      const problem = check(parsed.data);
      if (problem) throw new Error(`line ${i + 1}: ${problem}`);
      return parsed.data;
    });
}
