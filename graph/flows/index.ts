import type { Flow } from '../flow.js';
import type { FlowId } from '../types.js';
import { crisis, crisisHold } from './crisis.js';
import { cssrs } from './cssrs.js';
import { breathing, grounding } from './grounding.js';
import { menu } from './menu.js';
import { mood } from './mood.js';
import { onboarding } from './onboarding.js';
import { learn } from './learn.js';
import { resources } from './resources.js';
import { safetyPlan } from './safety-plan.js';
import { thoughtRecord } from './thought-record.js';
import { activation } from './activation.js';
import { problemSolving } from './problem-solving.js';
import { worryTime } from './worry-time.js';
import { questionnaire } from './questionnaire.js';
import { activityReview } from './activity-review.js';
import { moodAfter } from './mood-after.js';
import { thinkingTraps } from './thinking-traps.js';
import { sleepWindDown } from './sleep-wind-down.js';

export const FLOWS: Record<FlowId, Flow> = {
  onboarding,
  menu,
  mood,
  cssrs,
  crisis,
  crisis_hold: crisisHold,
  grounding,
  breathing,
  safety_plan: safetyPlan,
  resources,
  learn,
  thought_record: thoughtRecord,
  activation,
  problem_solving: problemSolving,
  worry_time: worryTime,
  questionnaire,
  activity_review: activityReview,
  mood_after: moodAfter,
  thinking_traps: thinkingTraps,
  sleep_wind_down: sleepWindDown,
};
