import { parseArgs } from 'node:util';
import { reviewArticle } from './review.js';

// npm run content:review -- <id> --reviewer "<name, credentials>" [--date YYYY-MM-DD]
try {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { reviewer: { type: 'string' }, date: { type: 'string' } } });
  const [id] = positionals;
  if (!id || positionals.length > 1) throw new Error('usage: npm run content:review -- <article id> --reviewer "<name, credentials>" [--date YYYY-MM-DD]');
  const r = reviewArticle(id, values.reviewer ?? '', values.date ?? new Date().toISOString().slice(0, 10));
  console.log(
    r.changed
      ? `approved ${r.id} (${r.language}, version ${r.version}) by ${r.reviewedBy} on ${r.reviewedAt}: ${r.file}\nCommit the change, then run npm run content:ingest (or restart the service) to serve it.`
      : `${r.id} was already approved by ${r.reviewedBy} on ${r.reviewedAt}; nothing changed`,
  );
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}
