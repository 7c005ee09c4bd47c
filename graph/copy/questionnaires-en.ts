import type { Gad7Item, Phq9Item } from '../questionnaires.js';

/**
 * English copy for the questionnaires (part of `Copy`, see en.ts). Stems, items and options are the
 * published PHQ-9 and GAD-7 wording (Pfizer, no permission needed to reproduce); keep them verbatim.
 * The bot's own sentences around them are ours.
 */
export const questionnairesEn = {
  names: { phq9: 'PHQ-9', gad7: 'GAD-7' },
  choose: 'I can go through one of two short questionnaires with you: the PHQ-9, about mood, or the GAD-7, about anxiety. Which would you like?',
  chooseAgain: "Sorry, I didn't catch that. Which one would you like: the PHQ-9 (mood) or the GAD-7 (anxiety)?",
  choices: { phq9: 'PHQ-9 (mood)', gad7: 'GAD-7 (anxiety)' },
  intro: (name: string, count: number, clinic: string) =>
    `The ${name} has ${count} short questions about the last 2 weeks. There are no right or wrong answers, and ${clinic} will see them. "Back" changes your last answer; "menu" stops.`,
  resume: (name: string, n: number, count: number) => `Let's carry on with the ${name}: question ${n} of ${count}.`,
  resumeDifficulty: (name: string) => `Let's carry on with the ${name}: there is just one question left.`,
  restart: (name: string) =>
    `It's been a while since we started the ${name}, and it asks about the last 2 weeks, so let's start again from the first question.`,

  phq9: {
    stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    items: {
      interest: 'Little interest or pleasure in doing things',
      down: 'Feeling down, depressed, or hopeless',
      sleep: 'Trouble falling or staying asleep, or sleeping too much',
      tired: 'Feeling tired or having little energy',
      appetite: 'Poor appetite or overeating',
      failure: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      concentration: 'Trouble concentrating on things, such as reading the newspaper or watching television',
      psychomotor:
        'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      selfHarm: 'Thoughts that you would be better off dead or of hurting yourself in some way',
    } satisfies Record<Phq9Item, string>,
  },
  gad7: {
    stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
    items: {
      nervous: 'Feeling nervous, anxious, or on edge',
      control: 'Not being able to stop or control worrying',
      worrying: 'Worrying too much about different things',
      relaxing: 'Trouble relaxing',
      restless: 'Being so restless that it is hard to sit still',
      irritable: 'Becoming easily annoyed or irritable',
      afraid: 'Feeling afraid, as if something awful might happen',
    } satisfies Record<Gad7Item, string>,
  },
  options: {
    notAtAll: 'Not at all',
    severalDays: 'Several days',
    moreThanHalf: 'More than half the days',
    nearlyEveryDay: 'Nearly every day',
  },
  goingBack: "Okay, let's go back to the one before.",
  changed: (n: number, answer: string) => `Changed: question ${n} is now "${answer}".`,
  askAgain: "Sorry, I didn't catch that. Over the last 2 weeks, how often has this bothered you? You can pick one of these.",
  /** A second answer that could not be read: the options as numbers, before anything is left out. */
  askByNumber: 'Just a number is fine: 0 for not at all, 1 for several days, 2 for more than half the days, 3 for nearly every day. Or say "skip" to leave this one out.',
  movingOn: "That's okay, we'll leave that one out.",

  /** The functional question after the last item, not scored; asked when any item was above 0. */
  difficulty: {
    question:
      'One last question, not part of the score: how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
    again: "Sorry, I didn't catch that. How difficult have these problems made things for you? You can pick one of these.",
    options: {
      notDifficult: 'Not difficult at all',
      somewhat: 'Somewhat difficult',
      very: 'Very difficult',
      extremely: 'Extremely difficult',
    },
  },

  severity: {
    minimal: 'minimal',
    mild: 'mild',
    moderate: 'moderate',
    moderately_severe: 'moderately severe',
    severe: 'severe',
  },
  result: (name: string, score: number, max: number, severity: string) =>
    `Thank you for completing the ${name}. Your score is ${score} out of ${max}, which is in the ${severity} range.`,
  prorated: 'One question was left out, so the score is estimated from your other answers.',
  noScore: (name: string) =>
    `Thank you for working through the ${name}. Several questions were left out, so there is no score this time, but your answers are saved.`,
  closing: (clinic: string) =>
    `This is a screening measure, not a diagnosis. ${cap(clinic)} will see your answers, and they can be something to talk about in your next session.`,
  closingHigher: (clinic: string) =>
    `This is a screening measure, not a diagnosis. ${cap(clinic)} will see your answers. It would be good to talk with your therapist about how things have been, sooner rather than later.`,

  /** "Is 11 bad?": what the last score means (Kroenke et al. 2001; Spitzer et al. 2006). */
  explain: (name: string, score: number, severity: string, bands: string, meaning: string, clinic: string) =>
    `Your ${name} score of ${score} is in the ${severity} range. The ${name} adds up how often some common symptoms bothered you over the last 2 weeks, and the ranges are: ${bands}. ${meaning} It's a screening measure, not a diagnosis: it can't tell you whether you "have" a condition. ${cap(clinic)} will see it and can go through what it means for you, and doing it again in a few weeks shows whether things are changing.`,
  explainNoScore: (name: string, missing: number) =>
    `There's no ${name} score this time because ${missing} ${missing === 1 ? 'question was' : 'questions were'} left without an answer, and a fair score needs nearly all of them. Your answers are saved, and you can do it again whenever you like: it only takes a few minutes.`,
  bands: {
    phq9: '0 to 4 minimal, 5 to 9 mild, 10 to 14 moderate, 15 to 19 moderately severe, 20 to 27 severe',
    gad7: '0 to 4 minimal, 5 to 9 mild, 10 to 14 moderate, 15 to 21 severe',
  },
  bandMeaning: {
    minimal: 'Minimal means few of these symptoms right now.',
    mild: 'Mild means some of these symptoms, some of the time.',
    moderate: 'Moderate means the symptoms are noticeable and get in the way on a fair number of days: worth talking through at your next session.',
    moderately_severe: 'This range means the symptoms are weighing on you a lot: please bring it up with your therapist soon rather than waiting, and sooner if things get harder.',
    severe: 'This range means the symptoms are weighing on you a lot: please bring it up with your therapist soon rather than waiting, and sooner if things get harder.',
  },
  /** PHQ-9 item 9 above 0 (or unclear): the C-SSRS follow-up asks its own questions next. */
  requested: (name: string) => `This is the one your care team asked for, the ${name}.`,
  /** Offered unasked: the care team asked for it, or it is time (every couple of weeks). */
  offer: {
    clinician: (name: string, clinic: string) =>
      `${clinic} asked if you'd fill in the ${name}: a few short questions about the last 2 weeks, about 2 minutes. Shall we do it now?`,
    due: (name: string) => `It's been about two weeks since your last ${name}. Doing it every couple of weeks shows how things are changing. Shall we do it now? It takes about 2 minutes.`,
    first: (name: string) => `Your care team uses a short questionnaire, the ${name}, to see how things change over time. Shall we do it now? It takes about 2 minutes.`,
    now: 'Yes, now',
    later: 'Later',
    nudge: (name: string) => `Just a gentle nudge about the ${name} from earlier: would you like to do it now? If not, that's fine, and I won't remind you again.`,
    postponed: (name: string) => `Okay. Whenever you're ready, just say "${name}".`,
  },
  item9: "Thank you for answering that honestly. Because of your answer to the last question, I'd like to ask you a couple more questions about how safe you are.",
} as const;

function cap(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}
