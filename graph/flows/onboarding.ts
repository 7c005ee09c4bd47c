import type { Flow } from '../flow.js';
import { say } from '../flow.js';

/** Says what the bot is (and is not), how to get help in a crisis, then starts a mood check-in. */
export const onboarding: Flow = {
  id: 'onboarding',
  start(ctx) {
    const c = ctx.copy.onboarding;
    return {
      say: [say(c.intro(ctx.botName, ctx.clinicName, ctx.safety.crisisLine)), say(c.privacy(ctx.clinicName))],
      profile: { onboarded: true },
      goto: 'mood',
      returnTo: null,
    };
  },
  // Onboarding finishes within the turn that starts it; a message here means it never started.
  reply(ctx) {
    return this.start(ctx);
  },
};
