/** What the robot body shows the renderer, from its chart's snapshot. */
import type { SnapshotFrom } from 'xstate';
import type { RobotActivity, RobotView } from '../../bridge/contract.js';
import type { RobotMachine } from '../../state-machines/robot.machine.js';

type RobotSnapshot = SnapshotFrom<RobotMachine>;

const AT_POST = new Set(['atPost', 'offering']);

function activityOf(snapshot: RobotSnapshot): RobotActivity {
  const state = (snapshot.value as { body: string }).body;
  // Waiting behind an obstacle is stopping, as far as anyone around can see.
  if (snapshot.context.problem === 'obstacle') return 'stopped';
  if (AT_POST.has(state)) return 'atPost';
  // 'starting' lasts no longer than a step: it is on its way to its post.
  return state === 'starting' ? 'returning' : (state as RobotActivity);
}

export function robotView(snapshot: RobotSnapshot): RobotView {
  const { context } = snapshot;
  const atPost = snapshot.matches({ body: 'atPost' }) || snapshot.matches({ body: 'offering' });
  return {
    activity: activityOf(snapshot),
    counter: snapshot.matches({ body: 'offering' }) ? null : context.counter,
    guideOffer: snapshot.matches({ body: 'offering' }) && context.counter !== null ? { counter: context.counter } : null,
    dispensable: atPost ? context.settings.dispenser.filter((item) => !context.empty.includes(item)) : [],
    gaze: context.gaze,
    battery: context.battery,
    problem: context.problem,
  };
}
