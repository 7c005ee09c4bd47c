import { readLibrary } from '../../content/library-files.js';
import { sectionId } from '../../content/section-id.js';

// npx tsx evals/retrieval/sections.ts [en|es]: every article and section id a question may name as relevant.
const language = process.argv[2];
for (const item of readLibrary().filter((i) => !language || i.language === language)) {
  console.log(`${item.id}  (${item.language}) ${item.title}`);
  for (const s of item.sections) console.log(`    ${sectionId(item.id, s.heading)}    ${s.heading ?? '(no heading)'}`);
}
