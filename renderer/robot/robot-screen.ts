/**
 * Which robot screen the welcome shows, and what its status line says: plain functions of the view,
 * so the choice is tested without a browser.
 */
import type { RobotActivity, RobotView } from '../../bridge/contract.js';
import type { MessageKey, MessageParams } from '../i18n/index.js';

/** The face inviting a touch, or the face with what the robot is doing and a way to stop it. */
export type RobotScreen = 'attract' | 'status';

// Every activity named, so a new one does not compile until it has a screen.
const SCREEN_OF: Record<RobotActivity, RobotScreen> = {
  atPost: 'attract',
  dispensing: 'attract',
  guiding: 'status',
  arrived: 'status',
  returning: 'status',
  docking: 'status',
  charging: 'status',
  stopped: 'status',
};

export function robotScreenFor(robot: RobotView): RobotScreen {
  return SCREEN_OF[robot.activity];
}

/** On its way somewhere, or waiting for an obstacle to clear before going on: the Stop button shows. */
export function robotCanStop(robot: RobotView): boolean {
  if (robot.activity === 'stopped') return robot.problem === 'obstacle';
  return robot.activity === 'guiding' || robot.activity === 'returning' || robot.activity === 'docking';
}

export interface RobotStatusLine {
  key: MessageKey;
  params?: MessageParams;
}

/** The status screen's line: what the robot is doing, in the words the citizen is told. */
export function robotStatusLine(robot: RobotView): RobotStatusLine {
  const counter = robot.counter;
  switch (robot.activity) {
    case 'guiding':
      return counter === null ? { key: 'robot.status.guidingSomewhere' } : { key: 'robot.status.guiding', params: { counter } };
    case 'arrived':
      return counter === null ? { key: 'robot.status.arrivedSomewhere' } : { key: 'robot.status.arrived', params: { counter } };
    case 'returning':
      return { key: 'robot.status.returning' };
    case 'docking':
      return { key: 'robot.status.docking' };
    case 'charging':
      return robot.battery === null ? { key: 'robot.status.chargingNoFigure' } : { key: 'robot.status.charging', params: { battery: Math.round(robot.battery) } };
    case 'stopped':
      return stoppedLine(robot);
    case 'atPost':
      return { key: 'robot.status.atPost' };
    case 'dispensing':
      return { key: 'robot.status.dispensing' };
    default: {
      const unknown: never = robot.activity;
      throw new Error(`no status for ${String(unknown)}`);
    }
  }
}

function stoppedLine(robot: RobotView): RobotStatusLine {
  if (robot.problem === 'obstacle') return { key: 'robot.status.obstacle' };
  const counter = robot.counter;
  // Whatever stopped it, the citizen it was guiding still has a way to the counter: the signs.
  if (robot.problem === 'lowBattery') return { key: 'robot.status.lowBattery' };
  return counter === null ? { key: 'robot.status.fault' } : { key: 'robot.status.faultCounter', params: { counter } };
}
