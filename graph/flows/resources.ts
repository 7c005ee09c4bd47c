import type { Flow } from '../flow.js';
import { say } from '../flow.js';

/** The crisis resources for the patient's locale, on request (not an escalation). */
export const resources: Flow = {
  id: 'resources',
  start(ctx) {
    // "help" typed in the middle of an exercise: the numbers first, then the exercise where it was.
    if (ctx.state.suspended) return { say: [say(ctx.safety.resources), say(ctx.copy.menu.helpThenBack)], resumeSuspended: true };
    return { say: [say(ctx.safety.resources)], finish: true };
  },
  reply(ctx) {
    return this.start(ctx);
  },
};
