import { fold } from './parse.js';
import type { FlowId } from './types.js';

/** Flows a patient can ask for by name or number from the menu. */
export const MENU_FLOWS = ['breathing', 'grounding', 'mood', 'safety_plan', 'resources', 'learn'] as const;
export type MenuFlow = (typeof MENU_FLOWS)[number];

const KEYWORDS: ReadonlyArray<[FlowId | 'done', RegExp]> = [
  // Questions first: "what is box breathing?" wants an explanation, not the exercise.
  ['learn', /^(what is|what are|whats|what s|how does|how do|why do|why does|why is|explain|tell me about|learn|can you explain|que es|que son|como funciona|por que|explica|explicame|aprender)\b/],
  ['breathing', /\b(breath\w*|breathe|respira\w*|box)\b/],
  ['grounding', /\b(ground\w*|5 4 3 2 1|54321|anclaje|aterriza\w*)\b/],
  ['mood', /\b(mood|check ?in|animo|estado de animo|registro)\b/],
  ['safety_plan', /\b(safety plan|my plan|plan de seguridad|mi plan)\b/],
  ['resources', /\b(crisis|resources?|hotline|helpline|help line|number to call|recursos|linea de ayuda|telefono)\b/],
  ['done', /^(done|done for now|bye|goodbye|thanks|thank you|no thanks|nothing|not now|that s all|thats all|gracias|adios|nada|nada por ahora|ahora no|eso es todo|listo)$/],
];

/** Reads which menu item a message asks for: a number from the menu or a keyword. */
export function readMenuChoice(text: string): MenuFlow | 'done' | null {
  const t = fold(text).replace(/[.-]/g, ' ').replace(/\s+/g, ' ').trim();
  const n = /^([1-7])$/.exec(t);
  if (n) return ([...MENU_FLOWS, 'done'] as const)[Number(n[1]) - 1] ?? null;
  for (const [flow, re] of KEYWORDS) {
    if (re.test(t)) return flow as MenuFlow | 'done';
  }
  return null;
}

/** Words that always bring up the menu, whatever flow the patient is in. */
export const MENU_WORDS = ['menu', 'main menu', 'start over', 'options', 'menu principal', 'opciones', 'volver'] as const;
/** Words that leave the current exercise. */
export const EXIT_WORDS = ['stop', 'quit', 'exit', 'cancel', 'enough', 'salir', 'parar', 'basta', 'cancelar'] as const;
