import { MENU_FLOWS, readMenuChoice } from '../intents.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import { say } from '../flow.js';
import { readSmallTalk, worriedAboutSomeoneElse } from '../reading.js';
import type { FlowId, QuickReply } from '../types.js';

/** What a quick reply sends for each menu item: words the menu reader understands in any language. */
const VALUES: Record<(typeof MENU_FLOWS)[number] | 'done', string> = {
  breathing: 'breathing',
  grounding: 'grounding',
  mood: 'mood',
  thought_record: 'thought record',
  activation: 'behavioural activation',
  problem_solving: 'problem solving',
  worry_time: 'worry time',
  safety_plan: 'safety plan',
  questionnaire: 'questionnaire',
  resources: 'resources',
  learn: 'learn',
  done: 'done',
};

/** The menu, in the order its numbers follow (MENU_FLOWS, then "done"). */
export function menuOptions(ctx: FlowContext): QuickReply[] {
  const items = ctx.copy.menu.items;
  return ([...MENU_FLOWS, 'done'] as const).map((id) => ({ label: items[id], value: VALUES[id] }));
}

function numberedList(ctx: FlowContext): string {
  return menuOptions(ctx)
    .map((o, i) => `${i + 1}. ${o.label}`)
    .join('\n');
}

/**
 * Routes a free-text message to a flow, or answers it. Shared by the menu and by flows that hand
 * back to it. The fallback ("I may not understand everything") is for what nothing here reads.
 */
export async function routeFromMenu(ctx: FlowContext): Promise<StepResult> {
  const choice = readMenuChoice(ctx.text);
  if (choice === 'done') return { say: [say(ctx.copy.menu.goodbye)], step: 'idle', data: {} };
  if (choice) return { goto: choice, returnTo: null };
  const m = ctx.copy.menu;
  // Someone else at risk: the patient needs the numbers for them (their own screening found nothing of theirs).
  if (worriedAboutSomeoneElse(ctx.text)) {
    return { say: [say(m.someoneElse(ctx.safety.lines, ctx.safety.emergencyLine), [m.items.breathing, m.items.grounding])], step: 'idle', data: {} };
  }
  switch (readSmallTalk(ctx.text)) {
    case 'greeting':
      return { say: [say(m.greeting, menuOptions(ctx))], step: 'idle', data: {} };
    case 'fine':
      return { say: [say(m.glad, menuOptions(ctx))], step: 'idle', data: {} };
    case 'thanks':
      return { say: [say(m.youreWelcome)], step: 'idle', data: {} };
    case 'ack':
      return { say: [say(m.acknowledge, menuOptions(ctx))], step: 'idle', data: {} };
    case null:
      break;
    default:
      break;
  }
  if (ctx.llm) {
    // Free text: an LLM may recognise what the patient wants, or answer it briefly and warmly.
    const routed = await ctx.llm.route(ctx.text, MENU_FLOWS);
    if (routed && (MENU_FLOWS as readonly string[]).includes(routed)) return { goto: routed as (typeof MENU_FLOWS)[number], returnTo: null };
    const reply = await ctx.llm.supportiveReply(ctx.text, ctx.language);
    if (reply) return { say: [say(reply), say(m.offer, menuOptions(ctx))], step: 'idle', data: {} };
  }
  return { say: [say(`${m.notUnderstood}\n${numberedList(ctx)}`, menuOptions(ctx))], step: 'idle', data: {} };
}

export const menu: Flow = {
  id: 'menu',
  async start(ctx) {
    const data = ctx.state.data as { quiet?: boolean; left?: FlowId; read?: boolean };
    // Entered by a flow that has already said what was needed (the end of a safety follow-up).
    if (data.quiet) return { step: 'idle', data: {} };
    // Entered to answer this message (something more pressing than the exercise that was under way).
    if (data.read) return routeFromMenu(ctx);
    const welcomeBack = ctx.state.input?.kind === 'event' && ctx.state.input.event === 'handback';
    const left = data.left && ctx.state.drafts[data.left] ? data.left : undefined;
    const items = ctx.copy.menu.items as Partial<Record<FlowId, string>>;
    const text = welcomeBack
      ? `${ctx.copy.menu.welcomeBack}\n${numberedList(ctx)}`
      : left
        ? ctx.copy.menu.paused(items[left] ?? left)
        : ctx.copy.menu.offer;
    return { say: [say(text, menuOptions(ctx))], step: 'idle', data: {} };
  },
  reply: routeFromMenu,
};
