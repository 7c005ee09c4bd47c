import { exercisesEn } from './exercises-en.js';
import { questionnairesEn } from './questionnaires-en.js';

/** Where a rating from 4 to 6 sits: 4 is not "the middle" to someone who said it. */
function middle(n: number): string {
  return Number(n) <= 4 ? 'a bit below the middle' : Number(n) >= 6 ? 'a bit above the middle' : 'around the middle';
}

/**
 * What the bot says, in English. Every language file has this shape (`Copy`), so a missing string
 * is a type error. Keep messages short enough for SMS (about 320 characters) and never promise
 * what the service cannot guarantee (a time, a call back).
 */
export const en = {
  exercises: exercisesEn,
  questionnaires: questionnairesEn,
  defaultClinic: 'your care team',
  yes: 'Yes',
  no: 'No',
  notNow: 'Not now',
  notSure: 'Not sure',
  done: 'Done',
  next: 'Next',
  menuLabel: 'Menu',
  /** A death told ("my grandma died last month"): who, from a fixed list of relations, or ''. */
  sorryAbout: (who: string) => (who ? `I'm so sorry about your ${who}.` : "I'm so sorry for your loss."),

  onboarding: {
    intro: (bot: string, clinic: string, crisisLine: string) =>
      `Hi, I'm ${bot}, an automated CBT companion from ${clinic}. I can help you practise skills between your therapy sessions. I'm not a therapist and I'm not an emergency service: if you are in danger or thinking about harming yourself, ${crisisLine}.`,
    privacy: (clinic: string) =>
      `What you write here is stored securely and shared with ${clinic} only to support your care, for example if I'm worried about your safety. You can type "menu" at any time.`,
    consent:
      'One question first: may I give your care team a short summary before your sessions (your scores, the exercises you did, and a few of your own words)? Anything about your safety goes to them either way.',
    yes: 'Yes',
    no: 'No',
    consentYes: 'Thank you.',
    consentNo: "Okay, no summaries. Anything about your safety still goes to your care team, and they can read this chat if they need to for your care.",
    consentExplain:
      "A few lines before each session: your questionnaire and mood scores, which exercises you did, and a couple of short quotes from them. Your care team can still read this chat if needed for your care, and anything about your safety goes to them either way. Is a summary okay?",
    nameNoted: (name: string) => `Got it: I'll call you ${name}.`,
    consentAgain: 'Just a yes or a no: may I give your care team a short summary of our chats before your sessions?',
    consentUnclear: "I'll leave summaries off for now; say \"share summaries\" any time if you'd like them. Anything about your safety still goes to your care team.",
    summariesOn: "Done: your care team will get a short summary before your sessions. Say \"no summaries\" any time to stop them.",
    summariesOff: 'Done: no summaries. Anything about your safety still goes to your care team.',
    offer: "Could I ask three quick things, so I can help you better: what to call you, what you'd like help with, and whether you'd like a daily check-in?",
    sure: 'Sure',
    notNow: 'Not now',
    offerDeclined: 'No problem.',
    askName: 'What would you like me to call you? (Or say "skip".)',
    askNameAgain: 'Just the name you\'d like me to use, like "Sam", or say "skip".',
    askHelp: (name: string | null) => `Thanks${name ? `, ${name}` : ''}. What would you most like help with at the moment? A sentence is plenty.`,
    askGoals: 'And one or two goals for the next few weeks? For example "sleep before midnight" or "see a friend once a week".',
    askCheckIn: 'Last one: would you like me to check in each day to ask how you are? If so, tell me a time, like "7pm".',
    askCheckInAgain: 'A time like "8am" or "7:30pm" is all I need, or "no thanks".',
    noThanks: 'No thanks',
    noCheckIns: "Okay, no daily check-ins: I'll only write when you do.",
    thanks: (name: string | null) => `Thank you${name ? `, ${name}` : ''}. I've noted that for your care team.`,
  },

  /** The patient's check-ins, changed in words ("pause check-ins for a week"). */
  checkIns: {
    none: "I don't have daily check-ins set up with you. If you'd like one, tell me a time, like \"check in at 7pm\".",
    off: 'Check-ins are off, so I only write when you do. Say "start check-ins again" to have them back.',
    current: (days: string, time: string, next: string) => `I check in ${days} at ${time}. The next one is ${next}.`,
    pausedNow: (until: string) => `Check-ins are paused until ${until}.`,
    byText: 'Check-ins come as a text message to your phone; just reply to it.',
    inChat: "Check-ins appear here in the chat, so you'll see one when you next open it; this page can't send you a notification.",
    addNumber: 'To get them by text instead, add your mobile number under "Texts" at the top of the chat.',
    noneYet: "There are no daily check-ins set up yet (tell me a time if you'd like one, like \"check in at 7pm\").",
    howToChange: 'You can say "pause check-ins for a week", "check in at 7pm instead" or "no more check-ins".',
    everyDay: 'every day',
    onDays: (names: string) => `on ${names}`,
    weekdays: 'on weekdays',
    paused: (until: string, time: string) => `Okay: no check-ins until ${until}. After that I'll check in at ${time} again. You can still write to me any time.`,
    turnedOff: 'Okay, check-ins are off: I won\'t message you unprompted. You can still write any time, and say "start check-ins again" if you want them back.',
    resumed: (next: string) => `Check-ins are back on. The next one is ${next}.`,
    moved: (time: string, next: string) => `Done: I'll check in at ${time} from now on. The next one is ${next}.`,
    created: (time: string, next: string) => `Done: I'll check in every day at ${time}. The next one is ${next}. Say "pause check-ins" or "no more check-ins" whenever you like.`,
    quiet: (time: string, from: string, to: string) => `${time} is inside your quiet hours (${from} to ${to}), when I don't send messages. Could you pick a time from ${to} and before ${from}?`,
    quietHours: (from: string, to: string) => `Your quiet hours are ${from} to ${to}: I don't send messages then. Your care team sets them, so ask them if they should be different (for example if you work nights).`,
    pauseFromNow: 'I can only start a break from now, like "pause check-ins for 4 days". Tell me on the day you want it to start, and I\'ll pause them then.',
    nothingToPause: "There are no check-ins to pause: I only write when you do.",
    alreadyOn: (next: string) => `Check-ins are already on. The next one is ${next}.`,
    dayNames: ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'],
    and: 'and',
  },

  mood: {
    resume: "Let's go back to your check-in.",
    askRating: "Let's start with a quick mood check-in. How is your mood right now, from 0 (very low) to 10 (very good)?",
    checkIn: "Hi, it's time for your check-in. How is your mood right now, from 0 (very low) to 10 (very good)?",
    nudge: "Just a gentle nudge about today's check-in: how's your mood, from 0 to 10? If now isn't a good time, that's fine, and I won't remind you again today.",
    askRatingAgain: 'Just a number from 0 to 10 is fine. How would you rate your mood right now?',
    askFeeling: 'Thanks. Which word fits best how you feel right now?',
    feelings: ['Anxious', 'Sad', 'Stressed', 'Angry', 'Tired', 'Lonely', 'Calm', 'Hopeful'],
    /** Feelings that make a high rating a mixed picture rather than a good one (folded, any language). */
    hardFeelings: ['anxious', 'sad', 'stressed', 'angry', 'tired', 'lonely', 'worried', 'scared', 'upset', 'low', 'down', 'overwhelmed', 'frustrated', 'ashamed', 'guilty', 'numb', 'empty', 'hurt'],
    somethingElse: 'Something else',
    askFeelingFree: 'In a word or two, how would you describe it?',
    reflectLow: (n: number, feeling: string) =>
      `Thank you for telling me. Feeling ${feeling}, with your mood at ${n} out of 10, sounds really hard. Noticing and naming a feeling is a CBT skill in itself: it gives us something to work with.`,
    reflectMid: (n: number, feeling: string) =>
      `Thanks. ${cap(feeling)}, with your mood at ${n} out of 10: ${middle(n)}. Naming how you feel is a useful first step, and it helps us spot patterns over time.`,
    reflectHigh: (n: number, feeling: string) =>
      `It's good to hear that: ${feeling}, with your mood at ${n} out of 10. It can help to notice what's going well, so you can come back to it on harder days.`,
    reflectMixed: (n: number, feeling: string) =>
      `Thanks. ${cap(feeling)}, and ${n} out of 10 overall. Both can be true at once, and it's worth noticing: it may help to look at what is keeping things steady, and what the ${feeling} feeling is about.`,
    /** The same, when no feeling word was recognised: their words are not echoed back. */
    reflectPlain: {
      low: (n: number) => `Thank you for telling me. ${n} out of 10 sounds really hard. Noticing and putting words to how you feel is a CBT skill in itself: it gives us something to work with.`,
      mid: (n: number) => `Thanks. ${n} out of 10: ${middle(n)}. Noticing how you feel is a useful first step, and it helps us spot patterns over time.`,
      high: (n: number) => `It's good to hear that: ${n} out of 10. It can help to notice what's going well, so you can come back to it on harder days.`,
    },
    /** Joins two named feelings. */
    and: 'and',
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
      thought_record: 'Thought record',
      activation: 'Plan an activity',
      problem_solving: 'Solve a problem',
      worry_time: 'Worry time',
      safety_plan: 'My safety plan',
      questionnaire: 'Questionnaire (PHQ-9 / GAD-7)',
      resources: 'Crisis resources',
      learn: 'Learn about CBT',
      done: 'Done for now',
    },
    notUnderstood:
      "I'm a scripted companion, so I may not understand everything. Here's what I can help with:",
    goodbyeKept: (exercise: string) => `No problem. I've kept your place: ask for "${exercise}" when you want to carry on, and we'll pick it up from there.`,
    welcomeBackTo: (exercise: string) => `Welcome back. Would you like to carry on with "${exercise}" where you left off, or do something else?`,
    welcomeBackShort: 'Welcome back. What would you like to do?',
    welcomeBackLast: (exercise: string) => `Welcome back. The last thing we did was ${exercise}, and nothing is left half-way. What would you like to do?`,
    welcomeBackLine: 'Welcome back.',
    goAhead: 'Of course, go ahead.',
    careTeamSees: (clinic: string) =>
      `${cap(clinic)} can see what you record in the exercises (thought records, plans, questionnaires, mood ratings), and they can read this chat too when it helps your care. A short summary before your sessions goes to them only if you agreed ("share summaries" / "no summaries").`,
    noReminders:
      "I can't send reminders at a time you pick, I'm afraid: a phone alarm works well for that. If you plan it with me as an activity, I'll ask you afterwards how it went.",
    saved: {
      intro: "Here's what you've kept with me:",
      thoughtRecords: (n: number) => `${n} thought record${n === 1 ? '' : 's'} ("show my thought records")`,
      plans: (n: number) => `${n} planned activit${n === 1 ? 'y' : 'ies'} ("show my plans")`,
      solved: (n: number) => `${n} problem-solving plan${n === 1 ? '' : 's'} ("show my problem-solving plan")`,
      worryTime: (n: number) => `your worry time${n ? `, with ${n} worr${n === 1 ? 'y' : 'ies'} parked` : ''} ("show my worries")`,
      questionnaire: (name: string) => `your last ${name} and its score`,
      moods: 'your mood ratings, before and after exercises',
      who: (clinic: string) => `Problem-solving plans and everything above are saved securely for ${clinic}, who can read them to support your care.`,
      nothing: (clinic: string) => `Nothing is saved with me yet. What you do in the exercises is kept securely for you and for ${clinic}.`,
    },
    /** "Show me my progress": what the patient has done with the bot, from their own ratings and records. */
    progress: {
      intro: "Here's how it's gone so far, from what you've told me:",
      moods: (list: string) => `Mood before and after exercises: ${list}`,
      moodItem: (name: string, before: number, after: number) => `${name} ${before} to ${after}`,
      lastMood: (n: number) => `Your last mood rating: ${n} out of 10`,
      thoughtRecords: (n: number, feelings: string | null) => `${n} thought record${n === 1 ? '' : 's'}${feelings ? ` (the last: ${feelings})` : ''}`,
      plans: (open: number, done: number) => `Activities: ${open} planned${done ? `, ${done} done` : ''}`,
      worryTime: (slot: string) => `A daily worry time at ${slot}`,
      questionnaire: (name: string, score: number) => `Your last ${name}: ${score}`,
      nothing: "We haven't done any exercises together yet, so there's nothing to show. After each one I'll ask how your mood is, and then I can tell you what helps you.",
    },
    goodbye: "Take care of yourself. I'm here whenever you want to check in or practise a skill.",
    welcomeBack: "I'm back. Thank you for talking with your clinician. Whenever you're ready, here's what we can do:",
    greeting: 'Hi, good to hear from you. What would you like to do today?',
    acknowledge: "Okay. I'm here if you'd like to do something together:",
    glad: "I'm glad to hear that. Is there anything you'd like to do?",
    youreWelcome: "You're welcome. I'm here whenever you need me.",
    /** "Show my thought records". */
    records: {
      none: "You haven't finished a thought record with me yet. Would you like to start one now?",
      title: (n: number) => (n === 1 ? 'Here is your last thought record:' : `Here are your last ${n} thought records, newest first:`),
      after: 'Would you like to do a new one?',
      /** A finished record cannot be changed: said so, with what can be done instead. */
      cantEdit: "I can't change a finished thought record, I'm afraid. You could do a new one with the right words, and tell your therapist which one to look at; the first one stays saved for them too.",
    },
    /** Not understood, but these come closest. */
    didYouMean: "I'm not sure I understood. Did you mean one of these? Or tell me in other words.",
    /** Not understood twice in a row: not the whole list again. */
    notUnderstoodAgain: "Sorry, I still didn't catch that. You can pick one of these, type \"menu\" to see everything, or tell me in a few words what you'd like.",
    /** "No", "not now" to an offer. */
    /** Something hard told in free text: heard, with the exercises that fit (as buttons). */
    heard: "Thank you for telling me; that sounds hard. One of these might help with it, or tell me more:",
    /** The patient says the bot got it wrong. */
    sorry: "Sorry, I got that wrong. Could you put it another way, or pick one of these? I'm a scripted companion, so short questions work best.",
    /** A loss told at the menu, after sorryAbout. */
    heardLoss: "Grief can touch everything, sleep and focus included, and there's no right way to go through it. I'm here to listen, and one of these might help a little, or tell me more:",
    heardAgain: "I'm listening. When you're ready, we could work on it together with one of these:",
    /** Told in free text, with nothing hard in it ("my cat is called Mabel", "work was mid"). */
    heardNeutral: 'Thanks for telling me. If you would like to do something while you are here, one of these might fit, or tell me more:',
    /** Good news told ("I rang them and it went well"). */
    heardGood: "That's good to hear. If you'd like to do something while you're here, one of these might fit:",
    /** A question the companion cannot answer (the weather, the football, a fact). */
    cantAnswer: "That's not something I can answer, I'm afraid: I'm a CBT companion, so I can help with exercises and explain CBT ideas. One of these might fit, or ask me another way:",
    everything: 'Everything else',
    decline: 'Okay, no problem. I\'m here whenever you want; type "menu" to see what we can do.',
    /** "What's the point of all this?", "does any of this actually work?": an honest answer, in two messages. */
    doubt: [
      "That's a fair question, and doubts are normal. CBT is one of the most studied talking therapies for low mood and anxiety, and practising between sessions is a big part of why it helps: small, regular steps tend to shift mood more than waiting to feel like it.",
      "It won't fix everything, and it works best alongside your sessions, so tell your therapist how it's going, doubts included. If you like, we could try one small thing, or read a little more about how it works:",
    ],
    /** The same doubt again, straight after. */
    doubtAgain: "I hear you. Honestly, it helps many people but not everyone, and you're the best judge of whether it helps you. One small step, then seeing how your mood moves, is the fairest test; your therapist will want to hear either way.",
    /** "Do you sleep?", "how old are you?": a question about the companion as if it were a person. */
    aboutMe: (bot: string) => `I'm ${bot}, a computer program, so I don't sleep or feel things the way people do. But I'm here whenever you want to write. Is there something I can help with?`,
    /** "Are you a real person?" */
    notAPerson: (bot: string) =>
      `I'm ${bot}, an automated companion, not a person. I'm here to help you practise what you work on in therapy between sessions. What you write is stored securely for your care team, who see it to support your care (for example if I'm worried about your safety). For anything urgent, your care team and the crisis lines are real people.`,
    /** "Did you tell my team?", answered by what is really open. */
    shared: {
      urgentPaged: (clinic: string) => `Yes. Because of what you told me, I alerted ${clinic}'s on-call clinician, and they have your message. I do that whenever someone may not be safe.`,
      urgentOffShift: (clinic: string) =>
        `Yes, I sent ${clinic} an alert because of what you told me. But nobody is on call right now, so it may not be seen until staff are next available.`,
      urgentNobody: (clinic: string) =>
        `Your message is kept for ${clinic} because of what you told me, but nobody is on call right now, so nobody has been alerted yet; they'll see it when staff are next available.`,
      concern: (clinic: string) =>
        `Yes. Because of what you told me, I left a note for ${clinic} to look at. It isn't an emergency alert, so it may not be seen straight away.`,
      nothing: "No. Nothing from our conversation has been flagged to your care team. I only alert them if someone may not be safe, and I'd tell you if I did.",
    },
    /** After leaving an exercise half-way: its answers are kept. */
    asideKept: (exercise: string) => `Your ${exercise.toLowerCase()} is kept where you were: say "carry on" to pick it up.`,
    paused: (exercise: string) => `Okay, we'll stop there. I've kept your answers: ask for "${exercise}" any time to carry on. What would you like to do now?`,
    /** Someone else is at risk: not the patient's own risk, but they need the numbers too. */
    someoneElse: (lines: string, emergency: string) =>
      `That sounds frightening, and it's caring of you to want to help. If they might be in danger right now, ${emergency}. You or they can also ${lines}: they help people who are worried about someone else too. Would something for you help right now, like a breathing exercise?`,
    resumeOffer: (exercise: string) => `You started "${exercise}" earlier and didn't finish it. Shall we carry on where you left off, or start a new one?`,
    /** A question about a medicine or a dose: not ours to answer; who can. */
    medication: (emergency: string) =>
      `I can't advise on medicines or doses, and guessing wouldn't be safe. Please don't start, stop, skip or change a medicine, or take one that wasn't prescribed for you, without asking a doctor or pharmacist first (a pharmacist can often answer the same day), and do tell your therapist. If you've already taken more than prescribed, get medical help now: ${emergency}.`,
    /** Pushed back on ("it's only half a pill"): the same answer, not the same words. */
    medicationAgain: "I hear you, and I still can't say it's okay: even a small dose or a small change can affect people differently, which is why a doctor or pharmacist should decide. Please ask one of them first, and tell your therapist. I can help in other ways meanwhile, like a breathing exercise.",
    /** After the medicine answer: effects or missed doses told next ("felt dizzy today, is that from that?"). */
    medicationEffects: (emergency: string) =>
      `I can't tell what's causing it, and it's worth checking: some medicines can cause effects like that when doses are missed or changed. Please call your prescriber or a pharmacist today and tell them what you took and when. If you feel very unwell or faint, get medical help: ${emergency}.`,
    /** "help" typed in the middle of an exercise: the numbers came first; then the exercise where it was. */
    helpThenBack: 'If you need someone right now, please use those numbers. If you meant help with this step, here it is again:',
    carryOn: 'Carry on',
    startAgain: 'Start a new one',
  },

  cssrs: {
    /** One direct, warm question first, tied to what the patient said (by what the screening found). */
    check: {
      passive_ideation: "Thank you for telling me that. I want to be sure I understand: have you been wishing you were dead, or that you could go to sleep and not wake up?",
      hopelessness: "That sounds really heavy. When things feel that hopeless, some people start to have thoughts of not wanting to be alive. Is that happening for you?",
      burden: "I'm sorry you're feeling like a burden. Sometimes that feeling comes with thoughts of not wanting to be alive. Are you having thoughts like that?",
      ambiguous: 'I want to make sure I understand what you mean. Are you having thoughts of not wanting to be alive, or of ending your life?',
      past_attempt: 'Thank you for telling me about that. Are you having thoughts of ending your life now?',
      gentle: "It sounds like a lot is weighing on you. I ask this whenever things are hard: are you having any thoughts of not wanting to be alive?",
      self_harm_urge: 'Thank you for telling me. Do you feel you might act on the urge to hurt yourself soon?',
      intrusive: "Thoughts like that can be really upsetting, and having them doesn't mean you want to act on them. Do you have any intention of acting on them?",
      abuse: 'Thank you for telling me. Are you safe where you are right now?',
      eating: 'Thank you for telling me. Have you fainted, had chest pain, or felt your heart beating strangely?',
      phq9: "You said you've had thoughts that you'd be better off dead, or of hurting yourself. Have you had any actual thoughts of killing yourself?",
    },
    /** A clear no to the first question. */
    checkNo: (crisisLine: string) => `Thank you for telling me, I'm glad. If it ever does feel like that, you can tell me any time, or ${crisisLine}.`,
    /** The first question answered yes: the rest of the questions follow. */
    more: "Thank you for being honest with me. I'd like to ask a few more direct questions to check how safe you are. There are no wrong answers.",
    /** Non-suicidal concerns, after their one question. */
    noted: (crisisLine: string) =>
      `Thank you for answering. I've passed this on to your care team so they can check in with you. It isn't an emergency alert, so it may not be seen straight away. If things get worse, ${crisisLine}.`,
    /** The patient asked for something else in the middle of the questions. */
    deflect: (question: string) => `I'll take you there in a moment. First, just this one question: ${question}`,
    /** They asked again: their choice is respected, and the care team is told it was left unanswered. */
    declined: (crisisLine: string) =>
      `That's okay, we can leave it there. I've let your care team know we didn't finish, so they may check in. If you feel unsafe at any point, ${crisisLine}.`,
    intro:
      "Thank you for telling me. I'd like to ask a few direct questions to check how safe you are. There are no wrong answers, and it's okay to be honest.",
    introWatch: 'I want to check in with you about how safe you are feeling, because of what you just said.',
    wishDead: 'In the past month, have you wished you were dead, or wished you could go to sleep and not wake up?',
    thoughts: 'In the past month, have you had any actual thoughts of killing yourself?',
    method: 'Have you been thinking about how you might do it?',
    intent: 'Have you had these thoughts and had some intention of acting on them?',
    plan: 'Have you started to work out, or worked out, the details of how to kill yourself? And do you intend to carry out that plan?',
    behavior: 'Have you ever done anything, started to do anything, or prepared to do anything to end your life?',
    behaviorRecent: 'Was that within the past three months?',
    clarify: (question: string) => `Sorry, I want to be sure I understand. ${question}`,
    /** The first question once more, plainly. */
    checkAgain: 'Are you having any thoughts of not wanting to be alive, or of ending your life? A yes or a no is fine.',
    positive: 'Thank you for being honest with me. That took courage, and I want you to get help now.',
    negative: (crisisLine: string) =>
      `Thank you for answering those; I know they're not easy questions. If things change, you can tell me any time, or ${crisisLine}. Would any of these help right now?`,
    ideationNoPlan: (crisisLine: string) =>
      `Thank you for telling me. I've passed on how you're feeling to your care team so they can check in with you. It isn't an emergency alert, so it may not be seen straight away. If things get worse or you feel unsafe, ${crisisLine}. Would any of these help right now?`,
    /** After the questions, back to the exercise they were doing. */
    backTo: "Thank you. Let's go back to what we were doing, or type \"menu\" for something else.",
  },

  crisis: {
    /** Asked once, right after the crisis reply, by what the message was about. */
    ask: {
      safe: "I'm here with you. Can I ask: are you somewhere safe right now, away from anything you could use to hurt yourself?",
      taken: (emergency: string) => `I'm here with you. Have you already taken anything? If you have, please ${emergency}, even if you feel okay: some medicines do harm hours later.`,
      /** Already taken (not only planned): what it needs now, and what and when. */
      tookWhat: (emergency: string) =>
        `Please ${emergency}, even if you feel okay: some medicines do their harm hours later, and you need to be checked now. What did you take, and when? Is anyone with you?`,
      medical: (emergency: string) => `Please don't wait to see if it passes: ${emergency}. Is anyone with you right now?`,
      others: 'I\'m here with you. Are you and the people around you safe right now? If you can, put distance between you and anything that could hurt someone.',
      home: 'I\'m here with you. Are you safe where you are right now? If you can, go somewhere the person who hurt you can\'t reach you.',
      child: (emergency: string) => `Thank you for telling me. If the child is in danger right now, ${emergency}. Is the child safe at this moment?`,
    },
    /** A child at risk: the region's child line. */
    childHelp: (lines: string) => `For help with what is happening to a child, you can also ${lines}.`,
    offers: 'We can also do something calming together while you wait:',
    /** "When will someone contact me?", told as it really is. */
    whenAcknowledged: [
      (name: string, clinic: string, crisisLine: string) =>
        `${name} from ${clinic} has seen your message and will contact you. I can't tell you exactly when. If you feel unsafe before then, please don't wait: ${crisisLine}.`,
      (name: string, clinic: string, crisisLine: string) =>
        `${name} has your message and knows you're waiting. I don't know exactly when they'll reach you. Until then, if things get worse, ${crisisLine}.`,
    ],
    whenPaged: [
      (clinic: string, crisisLine: string) =>
        `${cap(clinic)}'s on-call clinician has been paged, but nobody has picked it up yet, so I can't promise a time. Please don't wait for them if you feel unsafe: ${crisisLine}.`,
      (clinic: string, crisisLine: string) =>
        `The on-call clinician has your alert, and I'm still waiting for them to pick it up, so I honestly don't know how long it will be. You don't have to wait: ${crisisLine}.`,
    ],
    whenNobody: [
      (clinic: string, crisisLine: string) =>
        `I'm sorry: nobody from ${clinic} is on call right now, so I can't promise when anyone will be in touch. They'll see your message when staff are next available. Right now, please ${crisisLine}.`,
      (clinic: string, crisisLine: string) =>
        `I have to be honest with you: there's no clinician on call at the moment, so I can't say when someone will reach you. The quickest way to talk to a person now: ${crisisLine}. I'm still here with you.`,
    ],
    /** "I'm fine", "forget it", "I was joking": heard, and the escalation stays open. */
    denial: [
      (clinic: string, crisisLine: string) =>
        `I'm glad to hear that. I'm still keeping what you told me with ${clinic}, so someone can check in with you; I do that whenever someone tells me something like this. If it comes back, ${crisisLine}.`,
      (clinic: string, crisisLine: string) =>
        `Okay. I hear you, and I'm not going anywhere. Someone from ${clinic} will still check in, just to be safe. Is there someone who could be with you tonight? If you feel unsafe, ${crisisLine}.`,
      (clinic: string, crisisLine: string) =>
        `Thank you for letting me know. I'd still rather be careful: your message stays with ${clinic}. What would help you feel a bit steadier right now? And if things change, ${crisisLine}.`,
    ],
    /** The same, when nobody is on call: nothing promised that nobody can keep. */
    denialNobody: [
      (clinic: string, crisisLine: string) =>
        `I'm glad to hear that. I'm still keeping what you told me for ${clinic}; nobody is on call right now, so they'll see it when staff are next available. If it comes back, ${crisisLine}.`,
      (_clinic: string, crisisLine: string) =>
        `Okay. I hear you, and I'm not going anywhere. Is there someone who could be with you tonight? If you feel unsafe, please don't wait for the clinic: ${crisisLine}.`,
      (clinic: string, crisisLine: string) =>
        `Thank you for letting me know. I'd still rather be careful: your message stays with ${clinic} for when staff are next in. What would help you feel a bit steadier right now? And if things change, ${crisisLine}.`,
    ],
    /** After tablets were taken: sleepiness, "I feel fine", "I'll sleep it off" are not safety. */
    takenSleepy: [
      (emergency: string) =>
        `Please don't try to sleep it off. Feeling sleepy, or feeling okay, after taking tablets doesn't mean you're safe: some do their harm hours later, while you sleep. Please ${emergency}, or ask someone near you to call for you.`,
      (emergency: string) =>
        `I hear you, and I'll keep saying it: after taking tablets, you need a doctor to check you, even if you feel fine. Please ${emergency}. If you can't call, ask someone near you to.`,
    ],
    /** Leaving after tablets were taken. */
    goodbyeTaken: (emergency: string, clinic: string) =>
      `Before you go, please ${emergency}, and don't go to sleep on what you've taken: some medicines do their harm hours later. Your message stays with ${clinic}, and I'm here if you want to talk.`,
    /** A safety step told during the hold ("I locked the gun away and gave the key to my neighbor"). */
    safer: (crisisLine: string) =>
      `That's a really important step, and I'm glad you did it. Is there any other way you could get to it, or to anything like it, tonight? If so, put distance between you and that too. If things get worse, ${crisisLine}.`,
    /** Drinking or using during the hold. */
    using: (crisisLine: string) =>
      `Thank you for telling me. Alcohol and drugs make dark thoughts feel more urgent and make it harder to stay safe: please don't have any more tonight, and if you can, have someone with you. If you feel unsafe, ${crisisLine}.`,
    /** "Did you see what I said?" */
    heard: (crisisLine: string) => `Yes, I'm reading everything you write, and I'm sorry if it didn't feel that way. I'm still here with you. If you feel unsafe, ${crisisLine}.`,
    /** "Menu" during the hold: the menu, with the truth about what is still open. */
    toMenu: (crisisLine: string) => `Okay. What you told me is still with your care team, and I'm still here. If you feel unsafe at any point, ${crisisLine}.`,
    /** "Are you a real person?" during the hold. */
    notAPerson: (bot: string) => `I'm ${bot}, an automated companion, not a person.`,
    /** Said once more for what the danger was, whatever they answer. */
    caution: {
      taken: (emergency: string) => `Even if you feel okay, some medicines do their harm hours later: please ${emergency}.`,
      medical: (emergency: string) => `What you described needs a doctor today. If you feel faint again or get worse, ${emergency}.`,
      injury: (emergency: string) => `If the bleeding starts again or you feel faint, ${emergency}.`,
    },
    /** Anything else during the hold, in turn. */
    hold: [
      (crisisLine: string) => `I'm still here with you. If you feel unsafe, ${crisisLine}.`,
      (crisisLine: string) => `Thank you for staying with me. Take your time. Remember, if things get worse, ${crisisLine}.`,
      (crisisLine: string) => `I'm listening. Would it help to do some slow breathing together? And if you feel unsafe, ${crisisLine}.`,
      (crisisLine: string) => `You don't have to go through this on your own. If you can, reach out to someone you trust, or ${crisisLine}.`,
    ],
    /** Asked for something else during the hold. */
    notNow: (crisisLine: string) =>
      `Let's put that aside for now; right now I'd rather stay with you. We could do some grounding or breathing together. If you feel unsafe, ${crisisLine}.`,
    safeYes: "I'm glad you're somewhere safe. I'll stay here with you. Would something calming help while you wait?",
    /** Leaving the hold with no safety plan yet. */
    planOffer: 'If it would help before you go, we can write a short safety plan together: what to do and who to contact if things get worse tonight.',
    /** Leaving the hold with a safety plan already made. */
    planReminder: 'Your safety plan is here too, if you want to look at it before you go.',
    goodbye: (clinic: string, crisisLine: string) =>
      `Okay. Before you go: ${crisisLine}. Your message stays with ${clinic}, and I'm here any time you want to talk.`,
  },

  grounding: {
    intro: "Let's try 5-4-3-2-1 grounding. It brings your attention to the present. Take your time with each step.",
    resume: "Let's go back to the grounding exercise.",
    see: 'Look around you. Name 5 things you can see.',
    feel: 'Good. Now notice 4 things you can feel, like your feet on the floor or the fabric of your clothes.',
    hear: 'Now listen for 3 things you can hear.',
    smell: 'Notice 2 things you can smell (or 2 smells you like, if nothing comes).',
    taste: 'And 1 thing you can taste.',
    why: "It's a way to bring your attention back to the here and now, one sense at a time. There are no wrong answers: just name what you notice.",
    close: 'Well done. How do you feel now compared to when we started?',
    thanks: 'Thank you for doing that with me. You can come back to this any time things feel like too much.',
  },

  breathing: {
    intro:
      "Let's do box breathing. Breathe in slowly for 4 counts, hold for 4, breathe out for 4, hold for 4. Try 4 rounds at your own pace, then tell me when you're done.",
    again: "That's okay, it can take a few rounds. Let's go once more, slowly: in for 4, hold for 4, out for 4, hold for 4. Tell me when you're done, or we can try grounding instead.",
    noHolds:
      "Yes, leave the holds out: they can feel like running out of air. Breathe in gently through your nose for 4, then out slowly for 6, as if through a straw. Keep going for a minute or two, then tell me when you're done: the longer out-breath is what calms the body.",
    check: 'How do you feel now?',
    thanks: "Thanks for trying it. Slow breathing calms the body's alarm system, and it works better the more you practise.",
  },

  safetyPlan: {
    intro:
      "A safety plan is a short list you write now, while you feel able to, for the moments when things get hard. There are 6 steps; type \"skip\" to skip one.",
    resume: "Let's carry on with your safety plan where we left it.",
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
    /** Updating: each step shows what it says now; "skip" or "keep" leaves it as it is. */
    updateIntro: 'Let\'s go through it step by step. Each answer you have now stays unless you write a new one: say "keep" to leave a step as it is.',
    current: (answer: string) => `Now: ${answer}`,
    kept: 'Okay, your safety plan stays as it is. You can ask for it any time by typing "safety plan".',
    /** "What does that mean?" at a step: what the step is for, then the question again. */
    explain: {
      warningSigns: 'Warning signs are what you notice when a hard time is starting: thoughts (like "what\'s the point"), feelings, or things you do or stop doing, such as not getting out of bed or not answering the phone.',
      coping: 'Things you can do on your own to get through a hard moment, even for a few minutes: a walk, music, a shower, a hot drink, something to do with your hands.',
      distraction: 'People or places that take your mind off things or lift you a little, without having to talk about how you feel: a friend\'s house, a café, a group, a park.',
      people: 'People you could tell that you are struggling and ask for help: family, a friend, a neighbour. A phone number helps if you have it.',
      professionals: 'Professionals you could contact: your therapist or clinic, your GP or doctor, and crisis lines, which you can call at any time.',
      environment: 'This means making things around you safer during a hard time: for example, keeping anything you could hurt yourself with out of reach or with someone else, or going somewhere you feel safer. If it doesn\'t apply to you, you can say "skip".',
    },
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

  phone: {
    code: (clinic: string, code: string) => `${code} is your code to link this number to ${clinic}'s CBT companion. It expires in 10 minutes. If you didn't ask for it, you can ignore this text.`,
    linkedSms: (clinic: string) =>
      `This number is now linked to ${clinic}'s CBT companion. Check-ins will come here by text; reply here or in the web chat, it's one conversation. Reply HELP for help, STOP to opt out. Msg & data rates may apply.`,
    linkedWeb: (phone: string, joined: boolean) =>
      joined
        ? `Your number ending ${phone} is linked. You'd already texted us from it, so this chat now carries on that conversation, here and by text. Check-ins will come by text.`
        : `Your number ending ${phone} is linked. Check-ins will come by text from now on, and whatever you write here or by text is one conversation.`,
    unlinked: (phone: string) => `Your number ending ${phone} is no longer linked: nothing more will be texted to it, and check-ins will wait for you here in the chat.`,
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
