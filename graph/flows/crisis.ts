import type { Flow } from '../flow.js';
import { say } from '../flow.js';
import { readMenuChoice } from '../intents.js';
import { routeFromMenu } from './menu.js';

/**
 * An urgent screening: the fixed crisis reply has already gone out and the escalation is committed
 * (bot/turn does both before the graph runs). The graph stops whatever exercise was under way and
 * holds: it stays with the patient, offers grounding, and does not go back to the exercise.
 */
export const crisis: Flow = {
  id: 'crisis',
  start(ctx) {
    const alreadyHolding = ctx.state.flow === 'crisis_hold';
    const offers = [ctx.copy.menu.items.grounding, ctx.copy.menu.items.breathing];
    return {
      say: alreadyHolding ? [] : [say(ctx.copy.crisis.followUp, offers)],
      goto: 'crisis_hold',
      returnTo: null,
    };
  },
  reply(ctx) {
    return this.start(ctx);
  },
};

export const crisisHold: Flow = {
  id: 'crisis_hold',
  // Entered silently: whoever sent the patient here has said what was needed.
  start() {
    return { step: 'holding', data: {} };
  },
  reply(ctx) {
    // Once the escalation is resolved the hold ends and the conversation goes on normally.
    if (!ctx.activeEscalation) return routeFromMenu(ctx);
    const choice = readMenuChoice(ctx.text);
    if (choice === 'grounding' || choice === 'breathing') return { goto: choice, returnTo: 'crisis_hold' };
    const offers = [ctx.copy.menu.items.grounding, ctx.copy.menu.items.breathing];
    return { say: [say(ctx.copy.crisis.hold(ctx.safety.emergencyLine), offers)], step: 'holding' };
  },
};
