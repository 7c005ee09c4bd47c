/**
 * English copy for the structured exercises (part of `Copy`, see en.ts). Functions take the
 * patient's words already quoted or replaced (e.g. "that thought") when too long to echo. Plain
 * ASCII quotes and no dashes or ellipses, so SMS stays in the cheaper GSM alphabet.
 */
export const exercisesEn = {
  /**
   * How to move around an exercise. "menu", and never the words STOP, QUIT or CANCEL, even in
   * passing: on SMS they are carrier opt-out words (the copy test checks).
   */
  controls: 'You can say "back" or "skip" at any point, or "menu" to leave.',
  gotIt: "Got it, I've noted that.",

  when: {
    today: 'today',
    tomorrow: 'tomorrow',
    now: 'right now',
    parts: { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night' },
    weekday: (name: string) => name,
    dayTime: (day: string, time: string) => `${day} ${time}`,
    dayPart: (day: string, part: string) => (day === 'today' ? (part === 'night' ? 'tonight' : `this ${part}`) : `${day} ${part}`),
    askTimeOn: (day: string) => `What time ${day === 'today' || day === 'tomorrow' ? day : `on ${day}`}, roughly? For example "10am" or "in the afternoon".`,
    again: 'Sorry, I couldn\'t read that as a day and time. Could you try something like "today at 6pm", "Sunday 10am" or "tomorrow afternoon"?',
    past: 'That time has already gone today. When else could you do it?',
  },

  thoughtRecord: {
    intro: "Let's do a thought record: a way to slow a thought down and look at it from all sides.",
    resume: "Let's pick up your thought record where we left it.",
    situation: 'What was the situation? What happened, where and when? A sentence or two is enough.',
    thought: 'What went through your mind in that moment? If there were a few thoughts, pick the one that hits hardest: the "hot thought".',
    emotions: 'What did you feel when that went through your mind? Name the feeling and how strong it was, from 0 to 100. For example: "anxious 80, sad 40".',
    emotionsHelp:
      "That's okay, feelings can be hard to name. Some common ones: anxious, sad, angry, ashamed, guilty, hurt, lonely. Which comes closest, and how strong was it, from 0 (not at all) to 100 (the strongest you've felt it)? A rough guess is fine.",
    rateOne: (feeling: string) => `And how strong was ${feeling}, from 0 to 100?`,
    rateMany: 'And how strong was each one, from 0 to 100? For example: "70, 40".',
    thatFeeling: 'that feeling',
    feelingNotThought: 'That sounds like how you felt: we\'ll come to feelings right after. First, what was the thought itself, the words that went through your mind? For example "I\'m letting everyone down".',
    evidenceFor: (thought: string) => `What makes ${thought} feel true? Stick to facts, the kind of thing a camera would pick up.`,
    thatThought: 'that thought',
    evidenceAgainst: "And what doesn't fit with it? Anything that suggests it isn't the whole story: facts, times it didn't happen, what you'd tell a friend.",
    traps: 'Thinking traps are common patterns that make a thought feel truer than it is. Do any of these fit? Reply with numbers (like "2, 5"), "explain" to see what they mean, or "none".',
    trapsAgain: 'Reply with the numbers that fit, like "3" or "2, 5". Or say "explain" to see what they mean, or "none".',
    trapsExplained: 'Do any of these fit your thought? Reply with numbers, or "none".',
    trapsFit: 'Does that fit? Reply "yes", other numbers, or "none".',
    explainLabel: 'Explain them',
    noneLabel: 'None of these',
    /** Words that ask what the traps mean (folded: no accents, lower case). */
    explainWords: ['explain', 'explain them', 'what', 'what do they mean', 'mean', 'means', 'meaning', 'what is', 'whats', 'which is', 'not sure what', 'help'],
    trapsNoted: (names: string) => `${names}. Naming the trap can make it easier to step back from the thought.`,
    balanced: "Taking all of that into account, what's a more balanced way to see it? It doesn't have to be positive, just fair to all the facts.",
    rerateOne: (feeling: string) => `Reading that back, how strong is ${feeling} now, from 0 to 100?`,
    rerateMany: (before: string) => `Reading that back, how strong is each feeling now, from 0 to 100? Before, it was: ${before}.`,
    rerateAgain: 'Just a number from 0 to 100 is fine, or "skip".',
    summaryTitle: "Here's your thought record:",
    labels: {
      situation: 'Situation',
      thought: 'Thought',
      emotions: 'Feelings',
      evidenceFor: 'For',
      evidenceAgainst: 'Against',
      traps: 'Thinking traps',
      balanced: 'Balanced thought',
    },
    shift: (before: number, after: number) => `${before}, now ${after}`,
    /** A filler word sent alone ("so…"): the rest is waited for. */
    goOn: "Go on, I'm listening.",
    closeLower: (before: number, after: number) =>
      `Well done for working through it. The feeling went from ${before} to ${after}: looking at a thought from all sides can take some of the heat out of it.`,
    /** More than one feeling eased: "anxious from 80 to 60, ashamed from 60 to 35". */
    closeLowerMany: (shifts: string) =>
      `Well done for working through it. ${shifts}: looking at a thought from all sides can take some of the heat out of it.`,
    fromTo: (name: string, before: number, after: number) => `${name} from ${before} to ${after}`,
    closeSame:
      "Well done for working through it. If the feeling hasn't shifted much, that's okay: it often takes a few goes, and noticing the thought is already a step.",
    close: 'Well done for working through it. This gets easier with practice, and you could bring this record to your next session if it helps.',
  },

  traps: {
    all_or_nothing: { name: 'All-or-nothing', explain: "seeing things in black and white: if it isn't perfect, it's a failure." },
    catastrophising: { name: 'Catastrophising', explain: 'jumping to the worst thing that could happen.' },
    mind_reading: { name: 'Mind reading', explain: 'being sure you know what others think of you.' },
    fortune_telling: { name: 'Fortune telling', explain: "predicting it will go badly, as if you knew for certain." },
    overgeneralising: { name: 'Overgeneralising', explain: 'one bad moment becomes "always" or "never".' },
    labelling: { name: 'Labelling', explain: 'calling yourself a name ("I\'m useless") instead of describing what happened.' },
    should_statements: { name: 'Should statements', explain: 'strict rules about how you or others "should" be.' },
    discounting_positive: { name: 'Discounting the positive', explain: 'good things "don\'t count" or were just luck.' },
    emotional_reasoning: { name: 'Emotional reasoning', explain: '"I feel it, so it must be true."' },
    personalising: { name: 'Personalising', explain: "blaming yourself for things that weren't only up to you." },
  },

  /** Words that name each trap in a reply (folded: no accents, lower case). */
  trapWords: {
    all_or_nothing: ['all or nothing', 'all-or-nothing', 'black and white', 'black or white', 'perfectionism'],
    catastrophising: ['catastrophising', 'catastrophizing', 'catastrophe', 'catastrophic', 'catastrophise', 'catastrophize', 'worst case'],
    mind_reading: ['mind reading', 'mind-reading', 'mindreading', 'mind reader'],
    fortune_telling: ['fortune telling', 'fortune-telling', 'fortune teller', 'predicting'],
    overgeneralising: ['overgeneralising', 'overgeneralizing', 'over generalising', 'over generalizing', 'overgeneralisation', 'overgeneralization', 'generalising', 'generalizing'],
    labelling: ['labelling', 'labeling', 'label', 'labels'],
    should_statements: ['should', 'shoulds', 'should statements', 'musts'],
    discounting_positive: ['discounting the positive', 'discounting', 'discount the positive', 'disqualifying the positive'],
    emotional_reasoning: ['emotional reasoning'],
    personalising: ['personalising', 'personalizing', 'personalisation', 'personalization', 'self blame', 'blaming myself'],
  },

  activation: {
    whenNotWhat: "That sounds like when, and I'll keep it. And what will you do then? Something small and specific.",
    intro:
      "Let's plan an activity. When mood is low, we tend to do less, and doing less tends to keep mood low. Small activities that matter to you can help break that cycle, one step at a time.",
    resume: "Let's pick up your activity plan where we left it.",
    area: 'Which area would you like to focus on? Reply with a number or in your own words.',
    areas: {
      connection: { label: 'Connection', hint: 'time with people' },
      enjoyment: { label: 'Enjoyment', hint: 'something fun or soothing' },
      achievement: { label: 'Achievement', hint: 'getting something done' },
      selfCare: { label: 'Self-care', hint: 'looking after your body and mind' },
      values: { label: 'Values', hint: 'what matters to you' },
    },
    areaWords: {
      connection: ['connection', 'connect', 'people', 'friend', 'friends', 'family', 'social', 'someone', 'partner'],
      enjoyment: ['enjoyment', 'enjoy', 'fun', 'pleasure', 'hobby', 'relax', 'something nice'],
      achievement: ['achievement', 'achieve', 'mastery', 'getting something done', 'get something done', 'task', 'chores', 'productive', 'accomplish'],
      selfCare: ['self care', 'self-care', 'looking after myself', 'look after myself', 'looking after yourself', 'health', 'body', 'sleep', 'exercise'],
      values: ['values', 'value', 'what matters', 'matters to me', 'meaning', 'purpose', 'important to me'],
    },
    activity: {
      connection: 'What\'s one small, specific thing you could do? For example "text Sam to ask how she\'s doing" or "call my sister for 10 minutes".',
      enjoyment: 'What\'s one small, specific thing you could do? For example "listen to one album I love" or "bake something simple".',
      achievement: 'What\'s one small, specific thing you could do? For example "clear the kitchen table" or "reply to one email I\'ve been avoiding".',
      selfCare: 'What\'s one small, specific thing you could do? For example "a 15-minute walk round the block" or "a shower and clean clothes".',
      values: 'What\'s one small, specific thing you could do? For example "read to my kids for 10 minutes" or "sign up for one volunteering shift".',
      other: 'What\'s one small, specific thing you could do? Small enough to manage on a low day, like "a 10-minute walk" or "text a friend".',
    },
    activityRequired: "That one is the heart of the plan, so let's not skip it. Even something tiny counts, like a cup of tea by the window.",
    when: 'When will you do it? A day and a time, like "tomorrow at 5pm" or "Saturday morning".',
    whenChanged: (when: string) => `Okay: ${when}.`,
    likely: 'How likely are you to do it, from 0 to 10? And is there anything that might get in the way? (You can say "skip".)',
    plan: (when: string, activity: string) => `Here's your plan: ${when}: ${activity}.`,
    planNote: (when: string, activity: string) => `Here's your plan: ${activity} (when: ${when}).`,
    planOnly: (activity: string) => `Here's your plan: ${activity}.`,
    smaller: "If it feels unlikely, it's fine to make it smaller, like 10 minutes instead of 30. A small step you take beats a big one you don't.",
    obstacle: 'It can help to decide now what you will do if that gets in the way.',
    /** Asked after something that might get in the way was named. */
    ifThen: 'What could you do instead if that happens? A smaller version or a back-up counts. (Or say "skip".)',
    backUp: (plan: string) => `And if it gets in the way: ${plan}.`,
    close: 'Next time you check in, tell me how it went. Doing even part of it counts.',
    closeFollowUp: (when: string) => `I'll ask you how it went ${when.replace(/\.$/, '').replace(/ (\d{1,2}:\d\d(?: [AP]M)?)$/, ' at $1')}. Doing even part of it counts.`,
  },

  /** The follow-up of a planned activity: did it happen, and mood before and after. */
  review: {
    ask: (activity: string, when: string) => `Hi, a quick follow-up. You planned: ${activity} (${when}). Did you get to do it?`,
    partlyLabel: 'Partly',
    askAgain: 'Did you do it? "Yes", "partly" or "no" is plenty.',
    before: 'Well done for doing it. How was your mood just before, from 0 (very low) to 10 (very good)?',
    beforePartly: 'Doing part of it still counts. How was your mood just before, from 0 (very low) to 10 (very good)?',
    after: 'And how was it afterwards, from 0 to 10?',
    up: (before: number, after: number) => `Your mood went from ${before} to ${after}. Worth remembering: doing this helped.`,
    same: (mood: number) => `Your mood stayed around ${mood}. That's fine: the lift often comes later, or after doing it a few times.`,
    down: (before: number, after: number) => `Your mood went from ${before} to ${after}. That happens, and it's useful to know. Next time you could try something smaller or different.`,
    noRatings: 'Thanks for telling me. Doing it is what counts.',
    next: 'Would you like to plan the next one?',
    planNext: 'Plan another',
    obstacle: "That's OK: plans often slip, and noticing why helps. What got in the way?",
    again: 'Thanks for telling me. Would you like to try it again at another time?',
    notAgain: "Alright. It's still on your list if you change your mind, and you can plan something new any time.",
    missed: "Alright, I'll leave it there. You can tell me how it went any time.",
  },

  /** Spotting thinking traps: one thought, the traps it fits, the question that loosens one, a fairer version. */
  thinkingTraps: {
    intro: "Let's look at one thought and spot the thinking traps in it. Naming a trap makes a thought easier to step back from.",
    resume: (thought: string) => `Let's carry on with the thought: ${thought}`,
    resumePlain: "Let's carry on spotting thinking traps.",
    thought: 'What is the thought? Write it as it goes through your mind, in one sentence, like "I always mess things up".',
    thoughtRequired: "Let's get the thought down first, in your own words: the rest works from it.",
    pick: 'Which of these does it fit? Reply with numbers (like "2, 5"), or "not sure".',
    pickAgain: 'Reply with one or more numbers from the list, like "3" or "1, 6", or say "not sure" and I\'ll suggest the likeliest.',
    picked: (names: string) => `${names}. Good spotting.`,
    suggest: (list: string) => `From its wording, it might fit:\n${list}\nDoes that sound right?`,
    noTrap: 'That\'s fine: not every thought falls into a trap. Is there a fairer or kinder way to put it, even a little?',
    question: (trap: string, question: string) => `A question for "${trap}": ${question}`,
    loosen: {
      all_or_nothing: 'Where on a scale from 0 to 100 would it really fall, rather than all or nothing?',
      catastrophising: "What is the most likely outcome, not just the worst? And if the worst happened, how would you cope?",
      mind_reading: 'What do you actually know they think, and what are you guessing? Is there another explanation?',
      fortune_telling: 'How sure can you really be? What happened the last few times you predicted this?',
      overgeneralising: 'Can you think of one time it went differently? Is it really "always" or "never"?',
      labelling: 'What did you actually do, described without the label? Would you call a friend that for the same thing?',
      should_statements: 'Whose rule is this? What would you say if you swapped "should" for "I would like to"?',
      discounting_positive: 'If a friend did the same good thing, would you say it "didn\'t count"? What did you contribute?',
      emotional_reasoning: 'Feelings are real, but are they facts? What would the facts alone say?',
      personalising: 'What else played a part? If you drew a pie of everything that caused it, how big would your slice be?',
    },
    thanks: 'Thanks. Holding that question up to the thought is the skill itself.',
    fairer: 'Now, a fairer way to put the thought? It doesn\'t have to be positive, just fair to the facts.',
    summaryThought: (thought: string) => `Thought: ${thought}`,
    summaryTraps: (names: string) => `Thinking traps: ${names}`,
    summaryFairer: (fairer: string) => `A fairer version: ${fairer}`,
    close: 'Well done. The more you spot traps, the quicker you notice them in the moment. A thought record goes further when a thought keeps coming back.',
  },

  /** A wind-down for tonight: bed and wake times, a routine for the last hour, what to do when awake in bed. */
  windDown: {
    intro: "Let's plan a wind-down for tonight. A steady routine and a few rules about bed are what help sleep most, more than any tip.",
    resume: "Let's pick up tonight's wind-down plan where we left it.",
    bed: 'What time would you like to be in bed tonight? (If you work nights, your bedtime is fine whenever it is.)',
    wake: "And what time will you get up? Keeping it the same every day, days off too, is the single most helpful thing.",
    timeAgain: 'Sorry, I could not read that as a time. Something like "11pm" or "23:00" is plenty, or say "skip".',
    routine: 'Pick two or three things for the last hour before bed (numbers, or your own idea):',
    options: {
      dim: 'dim the lights',
      screens: 'phone and screens away, out of reach',
      shower: 'a warm shower or bath',
      read: 'read something light',
      write: "write tomorrow's to-do list or worries down",
      breathe: 'slow breathing or a body scan',
      drink: 'a caffeine-free hot drink',
    },
    rules:
      "One more thing, the part that helps most: keep the bed for sleep. If you're awake in bed for about 20 minutes and getting frustrated, get up, do something calm in dim light, and go back when you feel sleepy. Don't watch the clock. Will you try that tonight?",
    planTitle: "Tonight's plan:",
    /** Sleeping by day (after a night shift). */
    planTitleDay: 'Your sleep plan:',
    closeDay: 'Good luck with your sleep. It often takes a week or two of sticking with it before sleep settles, so a rough day or two is normal.',
    planFrom: (time: string, routine: string) => `From ${time}: ${routine}.`,
    planHour: (routine: string) => `In the last hour before bed: ${routine}.`,
    planTimes: (bed: string, wake: string) => `In bed at ${bed}, up at ${wake}, days off too.`,
    planWake: (wake: string) => `Up at ${wake} every day, days off too.`,
    /** Times said to be for work days only ("not the same on days off"). */
    planTimesWorkDays: (bed: string, wake: string) => `On work days: in bed at ${bed}, up at ${wake}.`,
    planWakeWorkDays: (wake: string) => `On work days: up at ${wake}.`,
    planBed: (bed: string) => `In bed at ${bed}.`,
    planAwake: 'Awake and frustrated for about 20 minutes? Get up, something calm in dim light, back to bed when sleepy.',
    close: "Good luck tonight. It often takes a week or two of sticking with it before sleep settles, so a rough night or two is normal.",
    closeUnsure: "That's okay: even trying part of it helps. It often takes a week or two before sleep settles.",
  },

  /** Buttons for exercises that are not in the numbered menu (reached by name or offered). */
  labels: { thinking_traps: 'Spot thinking traps', sleep_wind_down: 'Bedtime wind-down routine' },

  /** The mood after an exercise (and before it, when no recent rating is known). */
  moodAfter: {
    now: 'Quick check: how is your mood now, from 0 (very low) to 10 (very good)?',
    both: 'Quick check: how was your mood before we started, and how is it now? Two numbers from 0 to 10, like "4 and 6".',
    up: (name: string, before: number, after: number) => `From ${before} to ${after} after ${name}. Worth noting: after a few more, you'll see what helps you most.`,
    same: (mood: number) => `Steady at ${mood}. Not every exercise shifts mood every time, and practising still builds the skill.`,
    down: (before: number, after: number) => `From ${before} to ${after}. Thanks for being honest: that's useful to know, and another exercise may suit you better next time.`,
    noted: 'Thanks, noted.',
    number: 'Thanks. And your mood now as a number from 0 to 10? (Or "skip".)',
    /** Asked again after answering something else said in its place. */
    stillNow: 'And your mood now, from 0 to 10? (Or "skip".)',
    /** A question asked after the rating, that the companion cannot answer. */
    question: "As for your question: that's not something I can answer, I'm afraid.",
    names: { breathing: 'the breathing exercise', grounding: 'grounding', thought_record: 'a thought record', problem_solving: 'problem solving', worry_time: 'worry time', thinking_traps: 'spotting thinking traps' },
  },

  /** "What helps?": what has helped this patient, from their own ratings, then the rest. */
  whatHelps: {
    helped: (list: string) => `Going by your own ratings, these have helped you most: ${list}. Want to do one now?`,
    item: (name: string, mean: string, uses: number) => `${name} (mood up ${mean} on average, ${uses} times)`,
    none: "I don't know yet what helps you most: after each exercise I'll ask how your mood is, and then I can tell you. These are good places to start:",
    early: (list: string) => `From your ratings so far: ${list}. One try each is too few to be sure, but these would be a good place to start:`,
    fromRecord: (feelings: string) => `In your last thought record: ${feelings}.`,
    earlyItem: (name: string, before: number, after: number) => `${name} (${before} to ${after})`,
    others: 'Or one of these:',
  },

  /** "Show my plans": planned activities, soonest first. */
  plans: {
    none: "You don't have any activities planned with me at the moment. Would you like to plan one?",
    title: (n: number) => (n === 1 ? 'Here is your plan:' : `Here are your ${n} plans, soonest first:`),
    line: (n: number, when: string, activity: string) => `${n}. ${when}: ${activity}`,
    lineNoTime: (n: number, activity: string) => `${n}. ${activity}`,
    /** The last problem-solving plan, shown again. */
    solvedTitle: 'Your problem-solving plan:',
    after: 'To drop one, say "drop plan" and its number. You can also plan a new one.',
    /** "Will you remind me?": what the companion really does. */
    reminder: "I won't send a reminder beforehand, but an hour after each one I'll message to ask how it went.",
    cancelled: (activity: string) => `Done, I've taken it off your list: ${activity}. I won't ask about it.`,
    whichOne: (n: number) => `Which one? Say "drop plan" and a number from 1 to ${n}.`,
  },

  problemSolving: {
    intro: "Let's work through a problem step by step: put it in a sentence, list options, weigh them up, and plan a first step.",
    resume: "Let's pick up the problem we were working on where we left it.",
    problem: 'In a sentence, what\'s the problem? The more specific, the better, like "I can\'t pay for the car repair before payday".',
    confirmProblem: (problem: string) => `Is this the problem to work on? ${problem}\nReply "yes", or put it in your own words.`,
    problemRequired: "Let's get the problem down first, even roughly: everything else builds on it.",
    options: 'Now let\'s brainstorm options. Anything counts, even ideas that seem silly or impossible: we\'ll weigh them up later. Send one or a few (one per line), and "done" when you\'re finished.',
    optionsMore: (n: number) => `Got it, that's ${n} ${n === 1 ? 'option' : 'options'}. Any more? Say "done" when you're finished.`,
    optionsNeedOne: "Let's get at least one down, even a rough one. What's one thing you could do?",
    optionsFull: (n: number) => `That's ${n} options, plenty to work with.`,
    /** Words that end the brainstorm (folded). */
    doneWords: ['done', 'thats it', 'that s it', 'thats all', 'that s all', 'no', 'nope', 'nothing else', 'no more ideas', 'finished', 'im done', 'i m done', 'thats everything', 'enough', 'cant think of more', 'cant think of any more', 'listo', 'ya', 'ya esta', 'nada mas', 'eso es todo', 'no se me ocurre nada mas', 'termine', 'ninguna mas'],
    doneLabel: 'Done',
    top: 'Which one or two look most promising? Reply with their numbers.',
    topAgain: 'Reply with one or two numbers from the list, like "2" or "1, 3".',
    pros: (option: string) => `What's good about ${option}? What might it help with?`,
    cons: (option: string) => `And the downsides of ${option}? What might be hard, or go wrong?`,
    optionN: (n: number) => `option ${n}`,
    choose: 'Looking at those, which will you try first?',
    chooseAgain: (first: string, second?: string) => `Reply ${second ? `${first} or ${second}` : first}, whichever you would try first.`,
    /** The plan just made, put right: another of its options chosen ("can you change it to option 2"). */
    optionChanged: (option: string) => `Done: the plan now goes with ${option}.`,
    chosen: (option: string) => `Let's go with ${option}.`,
    firstStep: "What's the very first small step? Something you could do in 10 or 15 minutes, like sending a message or looking up a number.",
    firstStepRequired: "Let's find a first step, however small: it's what turns an option into a plan.",
    when: 'When will you do that first step? A day and a time, like "tomorrow at 9am" or "Monday after work".',
    summaryTitle: 'Your plan:',
    labels: { problem: 'Problem', option: 'Option', firstStep: 'First step', when: 'When' },
    close: "If it doesn't work out, that's useful information, not a failure: you can come back and try another option. Next time you check in, tell me how it went.",
    /** Labels in a pros-and-cons answer ("Good: … Bad: …"), folded. */
    prosLabels: ['pros', 'pro', 'good', 'upside', 'upsides', 'advantages', 'benefits', 'for', 'ventajas', 'pros', 'lo bueno', 'a favor'],
    consLabels: ['cons', 'con', 'bad', 'downside', 'downsides', 'disadvantages', 'risks', 'against', 'desventajas', 'contras', 'lo malo', 'en contra'],
  },

  worryTime: {
    intro:
      "Let's set up a worry time. Worries can spread across the whole day. The idea: give them one short slot each day, and when a worry turns up at other times, note it and save it for then. Many feel smaller by the time you get to them.",
    resume: "Let's pick up setting your worry time where we left it.",
    slot: 'When could your 15 to 20 minutes of worry time be each day? Pick a time you are usually free that isn\'t close to bedtime, like "6pm" or "5:30pm".',
    slotAgain: 'Sorry, I couldn\'t read a time there. Could you give me a time of day, like "6pm" or "17:30"?',
    slotClock: 'Roughly what time? For example "6pm" or "17:30".',
    slotRequired: "The time is the heart of worry time, so let's pick one, even roughly. You can always set it up again another day.",
    /** Said in place of a time the patient gave only in words we could not read. */
    theSlot: 'worry time',
    late: (time: string) =>
      `${time} is close to bedtime for most people, and worrying then can keep sleep away. Could you pick an earlier time, like early evening? Or say "keep" to keep ${time}.`,
    keepLabel: (time: string) => `Keep ${time}`,
    /** Words that keep a late time (folded). */
    keepWords: ['keep', 'keep it', 'yes', 'thats fine', 'that s fine', 'fine', 'its fine', 'ok', 'okay', 'mantener', 'mantenerla', 'dejala', 'esta bien', 'si', 'vale'],
    postpone: (time: string) =>
      `When a worry comes up outside that time, write it down in a word or two (a note on your phone is fine), tell yourself "not now, at ${time}", and bring your attention back to what you were doing.`,
    atWorryTime: 'At worry time, go through your list: think each one through, or problem-solve it. When the time is up, put the list away, even if you are not finished.',
    park: 'Is there a worry on your mind right now that you could park until then? Write it in a word or two, or say "no".',
    noLabel: 'No, nothing now',
    noneSet: "You haven't set up a worry time with me yet. Would you like to?",
    unparked: (worry: string) => `Done: "${worry}" is off your worry list.`,
    whichWorry: 'Which one should I take off? Say a word or two from it.',
    parkedList: 'Parked for then:',
    nothingParked: 'Nothing is parked for it at the moment.',
    alreadyAt: (time: string) => `Your worry time is already every day at ${time}: nothing to change.`,
    moved: (time: string, was: string | null) => `Done: your worry time is now every day at ${time}${was ? ` (it was ${was})` : ''}. Anything you parked goes with it.`,
    /** The worry time is already set and the exercise is started again. */
    alreadySet: 'If you\'d like a different time, tell me the new one; to keep it as it is, say "menu".',
    /** A worry told again that is already parked ("just the rent one I told you"). */
    alreadyParked: (worry: string) => `That one is already parked: ${worry}.`,
    parked: (worry: string, time: string) => `Parked: ${worry}. If it comes back before ${time}, notice it and remind yourself it has a time.`,
    summary: (time: string, minutes: number) => `Your worry time: every day at ${time}, for ${minutes} minutes.`,
    summaryNote: (when: string) => `Your worry time: every day, ${when}.`,
    close: 'It can feel strange at first, and it usually gets easier with a few days of practice. Next time you check in, tell me how it went.',
  },
} as const;
