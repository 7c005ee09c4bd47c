import type { Flow } from '../flow.js';
import { say } from '../flow.js';

/** The crisis resources for the patient's locale, on request (not an escalation). */
export const resources: Flow = {
  id: 'resources',
  start(ctx) {
    return { say: [say(ctx.safety.resources)], finish: true };
  },
  reply(ctx) {
    return this.start(ctx);
  },
};
