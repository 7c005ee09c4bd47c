import { MENU_FLOWS, readMenuChoice } from '../intents.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import { say } from '../flow.js';
import type { QuickReply } from '../types.js';

export function menuOptions(ctx: FlowContext): QuickReply[] {
  const items = ctx.copy.menu.items;
  return [
    { label: items.breathing, value: 'breathing' },
    { label: items.grounding, value: 'grounding' },
    { label: items.mood, value: 'mood' },
    { label: items.safety_plan, value: 'safety plan' },
    { label: items.resources, value: 'resources' },
    { label: items.learn, value: 'learn' },
    { label: items.done, value: 'done' },
  ];
}

function numberedList(ctx: FlowContext): string {
  return menuOptions(ctx)
    .map((o, i) => `${i + 1}. ${o.label}`)
    .join('\n');
}

/**
 * Routes a free-text message to a flow, or explains what the bot can do. Shared by the menu and by
 * flows that hand back to it.
 */
export async function routeFromMenu(ctx: FlowContext): Promise<StepResult> {
  const choice = readMenuChoice(ctx.text);
  if (choice === 'done') return { say: [say(ctx.copy.menu.goodbye)], step: 'idle', data: {} };
  if (choice) return { goto: choice, returnTo: null };
  if (ctx.llm) {
    // Free text: an LLM may recognise what the patient wants, or answer it briefly and warmly.
    const routed = await ctx.llm.route(ctx.text, MENU_FLOWS);
    if (routed && (MENU_FLOWS as readonly string[]).includes(routed)) return { goto: routed as (typeof MENU_FLOWS)[number], returnTo: null };
    const reply = await ctx.llm.supportiveReply(ctx.text, ctx.language);
    if (reply) return { say: [say(reply), say(ctx.copy.menu.offer, menuOptions(ctx))], step: 'idle', data: {} };
  }
  return { say: [say(`${ctx.copy.menu.notUnderstood}\n${numberedList(ctx)}`, menuOptions(ctx))], step: 'idle', data: {} };
}

export const menu: Flow = {
  id: 'menu',
  start(ctx) {
    const welcomeBack = ctx.state.input?.kind === 'event' && ctx.state.input.event === 'handback';
    const text = welcomeBack ? `${ctx.copy.menu.welcomeBack}\n${numberedList(ctx)}` : ctx.copy.menu.offer;
    return { say: [say(text, menuOptions(ctx))], step: 'idle', data: {} };
  },
  reply: routeFromMenu,
};
