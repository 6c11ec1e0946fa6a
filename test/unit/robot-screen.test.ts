/** The robot's welcome: which screen each activity shows, when Stop is offered, and what the status line says. */
import { describe, expect, it } from 'vitest';
import type { RobotActivity, RobotProblem, RobotView } from '../../bridge/contract.js';
import { CATALOGUES, translator } from '../../renderer/i18n/index.js';
import { robotCanStop, robotScreenFor, robotStatusLine } from '../../renderer/robot/robot-screen.js';

const ACTIVITIES: readonly RobotActivity[] = ['atPost', 'guiding', 'arrived', 'returning', 'docking', 'charging', 'dispensing', 'stopped'];

function robot(activity: RobotActivity, changes: Partial<RobotView> = {}): RobotView {
  return { activity, counter: null, guideOffer: null, dispensable: [], gaze: 'centre', battery: 80, problem: null, ...changes };
}

const vi = translator('vi');
const en = translator('en');

function said(view: RobotView): { vi: string; en: string } {
  const line = robotStatusLine(view);
  return { vi: vi(line.key, line.params), en: en(line.key, line.params) };
}

describe('the robot welcome screen', () => {
  it('shows the face inviting a touch at its post and while handing something out', () => {
    expect(robotScreenFor(robot('atPost'))).toBe('attract');
    expect(robotScreenFor(robot('dispensing'))).toBe('attract');
  });

  it('shows what it is doing while it guides, has arrived, goes back, docks, charges or is stopped', () => {
    for (const activity of ['guiding', 'arrived', 'returning', 'docking', 'charging', 'stopped'] as const) {
      expect(robotScreenFor(robot(activity)), activity).toBe('status');
    }
  });

  it('offers Stop while it moves or waits for an obstacle to clear, not while it stands still', () => {
    const canStop = ACTIVITIES.filter((activity) => robotCanStop(robot(activity)));
    expect(canStop).toEqual(['guiding', 'returning', 'docking']);
    expect(robotCanStop(robot('stopped', { problem: 'obstacle' }))).toBe(true);
    for (const problem of ['fault', 'offline', 'lowBattery'] as const) expect(robotCanStop(robot('stopped', { problem })), problem).toBe(false);
  });
});

describe('the status line', () => {
  it('names the counter it guides to and has arrived at, in both languages', () => {
    expect(said(robot('guiding', { counter: 3 }))).toEqual({ vi: 'Đang dẫn đường đến quầy 3', en: 'Guiding to counter 3' });
    expect(said(robot('arrived', { counter: 3 }))).toEqual({ vi: 'Đây là quầy 3', en: 'Here is counter 3' });
    expect(said(robot('guiding')).vi).toBe('Đang dẫn đường');
  });

  it('says it goes back, and how far it has charged', () => {
    expect(said(robot('returning')).vi).toBe('Đang quay về vị trí');
    expect(said(robot('charging', { battery: 45.4 }))).toEqual({ vi: 'Đang sạc pin 45 %', en: 'Charging: 45 %' });
    expect(said(robot('charging', { battery: null })).vi).toBe('Đang sạc pin');
  });

  it('asks to pass an obstacle, and after a fault sends the citizen by the signs (to their counter when known)', () => {
    expect(said(robot('stopped', { problem: 'obstacle', counter: 2 })).vi).toBe('Xin nhường đường');
    expect(said(robot('stopped', { problem: 'fault' })).vi).toBe('Robot tạm dừng — mời đến quầy theo biển chỉ dẫn');
    expect(said(robot('stopped', { problem: 'offline', counter: 4 }))).toEqual({
      vi: 'Robot tạm dừng — mời đến quầy 4 theo biển chỉ dẫn',
      en: 'The robot has stopped — please follow the signs to counter 4',
    });
    expect(said(robot('stopped', { problem: 'lowBattery' })).vi).toMatch(/sạc pin.*biển chỉ dẫn/);
  });

  it('has words in both catalogues for every activity and problem, every blank filled', () => {
    const problems: ReadonlyArray<RobotProblem | null> = [null, 'obstacle', 'fault', 'offline', 'lowBattery', 'empty'];
    for (const activity of ACTIVITIES) {
      for (const problem of problems) {
        for (const counter of [null, 7]) {
          const view = robot(activity, { problem, counter });
          const { key } = robotStatusLine(view);
          expect(CATALOGUES.vi?.[key], key).toBeTruthy();
          expect(CATALOGUES.en?.[key], key).toBeTruthy();
          const { vi: inVietnamese, en: inEnglish } = said(view);
          expect(`${inVietnamese} ${inEnglish}`).not.toMatch(/[{}]/);
        }
      }
    }
  });
});
