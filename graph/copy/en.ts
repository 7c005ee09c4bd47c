/**
 * What the bot says, in English. Every language file has this shape (`Copy`), so a missing string
 * is a type error. Keep messages short enough for SMS (about 320 characters) and never promise
 * what the service cannot guarantee (a time, a call back).
 */
export const en = {
  defaultClinic: 'your care team',
  yes: 'Yes',
  no: 'No',
  notNow: 'Not now',
  done: 'Done',
  next: 'Next',
  menuLabel: 'Menu',

  onboarding: {
    intro: (bot: string, clinic: string, crisisLine: string) =>
      `Hi, I'm ${bot}, an automated CBT companion from ${clinic}. I can help you practise skills between your therapy sessions. I'm not a therapist and I'm not an emergency service: if you are in danger or thinking about harming yourself, ${crisisLine}.`,
    privacy: (clinic: string) =>
      `What you write here is stored securely and shared with ${clinic} only to support your care, for example if I'm worried about your safety. You can type "menu" at any time.`,
  },

  mood: {
    askRating: "Let's start with a quick mood check-in. How is your mood right now, from 0 (very low) to 10 (very good)?",
    checkIn: "Hi, it's time for your check-in. How is your mood right now, from 0 (very low) to 10 (very good)?",
    askRatingAgain: 'Just a number from 0 to 10 is fine. How would you rate your mood right now?',
    askFeeling: 'Thanks. Which word fits best how you feel right now?',
    feelings: ['Anxious', 'Sad', 'Stressed', 'Angry', 'Tired', 'Lonely', 'Calm', 'Hopeful'],
    /** Feelings that make a high rating a mixed picture rather than a good one (folded, any language). */
    hardFeelings: ['anxious', 'sad', 'stressed', 'angry', 'tired', 'lonely', 'worried', 'scared', 'upset', 'low', 'down', 'overwhelmed', 'frustrated', 'ashamed', 'guilty', 'numb', 'empty', 'hurt'],
    somethingElse: 'Something else',
    askFeelingFree: 'In a word or two, how would you describe it?',
    reflectLow: (n: number, feeling: string) =>
      `Thank you for telling me. Feeling ${feeling} at ${n} out of 10 sounds really hard. Noticing and naming a feeling is a CBT skill in itself: it gives us something to work with.`,
    reflectMid: (n: number, feeling: string) =>
      `Thanks. ${cap(feeling)} at ${n} out of 10: somewhere in the middle. Naming how you feel is a useful first step, and it helps us spot patterns over time.`,
    reflectHigh: (n: number, feeling: string) =>
      `It's good to hear that: ${feeling} at ${n} out of 10. It can help to notice what's going well, so you can come back to it on harder days.`,
    reflectMixed: (n: number, feeling: string) =>
      `Thanks. ${cap(feeling)}, and ${n} out of 10 overall. Both can be true at once, and it's worth noticing: it may help to look at what is keeping things steady, and what the ${feeling} feeling is about.`,
    trend: (prev: number, n: number) =>
      n > prev ? `That's up from ${prev} last time.` : n < prev ? `That's down from ${prev} last time.` : `That's the same as last time (${prev}).`,
  },

  menu: {
    offer: 'What would you like to do next?',
    intro: 'Here is what we can do together. Reply with a number or a word:',
    items: {
      breathing: 'Breathing exercise',
      grounding: 'Grounding (5-4-3-2-1)',
      mood: 'Mood check-in',
      safety_plan: 'My safety plan',
      resources: 'Crisis resources',
      learn: 'Learn about CBT',
      done: 'Done for now',
    },
    notUnderstood:
      "I'm a scripted companion, so I may not understand everything. Here's what I can help with:",
    goodbye: "Take care of yourself. I'm here whenever you want to check in or practise a skill.",
    welcomeBack: "I'm back. Thank you for talking with your clinician. Whenever you're ready, here's what we can do:",
  },

  cssrs: {
    intro:
      "Thank you for telling me. I'd like to ask a few direct questions to check how safe you are. There are no wrong answers, and it's okay to be honest.",
    introWatch: "I want to check in with you again, because earlier you told me things have been hard.",
    wishDead: 'In the past month, have you wished you were dead, or wished you could go to sleep and not wake up?',
    thoughts: 'In the past month, have you had any actual thoughts of killing yourself?',
    method: 'Have you been thinking about how you might do it?',
    intent: 'Have you had these thoughts and had some intention of acting on them?',
    plan: 'Have you started to work out, or worked out, the details of how to kill yourself? And do you intend to carry out that plan?',
    behavior: 'Have you ever done anything, started to do anything, or prepared to do anything to end your life?',
    behaviorRecent: 'Was that within the past three months?',
    clarify: 'Sorry, I want to be sure I understand. Could you answer yes or no?',
    positive:
      "Thank you for being honest with me. That took courage. I'm alerting a clinician from your care team now.",
    negative: (crisisLine: string) =>
      `Thank you for answering those; I know they're not easy questions. If things change, you can tell me any time, or ${crisisLine}. Would any of these help right now?`,
    ideationNoPlan: (crisisLine: string) =>
      `Thank you for telling me. I've let your care team know how you're feeling, so they can check in with you (this isn't an emergency alert). If things get worse or you feel unsafe, ${crisisLine}. Would any of these help right now?`,
  },

  crisis: {
    followUp: "I'm here with you. While your care team is alerted, would you like to try a short grounding exercise together?",
    hold: (emergencyLine: string) =>
      `Thank you for telling me. Your care team has been alerted. I'm still here with you. If you are in immediate danger, ${emergencyLine}.`,
  },

  grounding: {
    intro: "Let's try 5-4-3-2-1 grounding. It brings your attention to the present. Take your time with each step.",
    see: 'Look around you. Name 5 things you can see.',
    feel: 'Good. Now notice 4 things you can feel, like your feet on the floor or the fabric of your clothes.',
    hear: 'Now listen for 3 things you can hear.',
    smell: 'Notice 2 things you can smell (or 2 smells you like, if nothing comes).',
    taste: 'And 1 thing you can taste.',
    close: 'Well done. How do you feel now compared to when we started?',
    thanks: 'Thank you for doing that with me. You can come back to this any time things feel like too much.',
  },

  breathing: {
    intro:
      "Let's do box breathing. Breathe in slowly for 4 counts, hold for 4, breathe out for 4, hold for 4. Try 4 rounds at your own pace, then tell me when you're done.",
    check: 'How do you feel now?',
    thanks: "Thanks for trying it. Slow breathing calms the body's alarm system, and it works better the more you practise.",
  },

  safetyPlan: {
    intro:
      "A safety plan is a short list you write now, while you feel able to, for the moments when things get hard. There are 6 steps; type \"skip\" to skip one.",
    steps: {
      warningSigns: '1/6. What thoughts, feelings or situations tell you a crisis might be starting?',
      coping: "2/6. What can you do on your own to take your mind off things (e.g. a walk, music, a shower)?",
      distraction: '3/6. Which people or places help distract you, or make you feel better?',
      people: '4/6. Who could you ask for help? A name (and number, if you like).',
      professionals: (crisisLine: string) =>
        `5/6. Which professionals could you contact? Your clinician, your GP, or a crisis line (${crisisLine}). Who would you add?`,
      environment: '6/6. What could you do to make your surroundings safer while you feel this way?',
    },
    skipped: '(skipped)',
    summary: 'Here is your safety plan. You can ask for it any time by typing "safety plan".',
    existing: 'Here is the safety plan you wrote. Would you like to update it?',
    update: 'Update it',
    keep: 'Keep it',
    labels: {
      warningSigns: 'Warning signs',
      coping: 'Things I can do on my own',
      distraction: 'People and places that help',
      people: 'People I can ask for help',
      professionals: 'Professionals and crisis lines',
      environment: 'Making my surroundings safer',
    },
  },

  resources: {
    intro: 'Here are people you can reach right now, day or night:',
  },

  learn: {
    ask: 'What would you like to know? For example:',
    topics: ['Thought records', 'Thinking traps', 'Sleep', 'Worry', 'Panic', 'Avoidance'],
    nothing: "I don't have anything on that in my library (it only holds material checked for this service). Your therapist can help with it. Or try one of these:",
    from: (title: string, source: string) => `(From "${title}". Source: ${source})`,
    more: 'Another question',
  },

  sms: {
    optedOut: (clinic: string, crisisLine: string) =>
      `You're unsubscribed from ${clinic}'s CBT companion and won't get more automated messages. Reply START to resubscribe. If you're in crisis, ${crisisLine}.`,
    optedIn: (clinic: string) => `You're resubscribed to ${clinic}'s CBT companion. Say hi any time. Reply HELP for help, STOP to opt out.`,
    help: (clinic: string, contact: string | undefined, crisisLine: string) =>
      `${clinic} CBT companion: automated support between therapy sessions, not an emergency service.${contact ? ` To reach your care team: ${contact}.` : ''} In a crisis, ${crisisLine}. Reply STOP to opt out. Msg & data rates may apply.`,
    notEnrolled: (clinic: string, contact: string | undefined, crisisLine: string) =>
      `Hi, this is the CBT companion for ${clinic}. This number isn't signed up yet: please ask your clinician to add you${contact ? `, or contact ${contact}` : ''}. If you're in crisis, ${crisisLine}.`,
    welcome: (bot: string, clinic: string, crisisLine: string) =>
      `Hi, this is ${bot}, the CBT companion from ${clinic}. Your care team has signed you up for support between sessions by text. Reply HI to start, HELP for help, or STOP to opt out. Msg & data rates may apply. If you're ever in crisis, ${crisisLine}.`,
  },

  clinician: {
    joined: (name: string, clinic: string) =>
      `${name}, a clinician from ${clinic}, has joined this conversation. Their messages are marked as from a clinician.`,
    left: (name: string) => `${name} has left the conversation.`,
    smsLabel: (name: string) => `${name} (clinician)`,
  },
} as const;

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => unknown
    ? (...args: A) => string
    : T extends readonly string[]
      ? readonly string[]
      : { readonly [K in keyof T]: Widen<T[K]> };

export type Copy = Widen<typeof en>;
