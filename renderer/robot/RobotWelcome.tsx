import type { KioskView, RobotView } from '../../bridge/contract.js';
import { RobotAttractScreen } from './RobotAttractScreen.js';
import { robotScreenFor } from './robot-screen.js';
import { RobotStatusScreen } from './RobotStatusScreen.js';

/** The welcome screen of a kiosk with a robot body: its face at its post, what it does while away or stopped. */
export function RobotWelcome({ view, robot }: { view: KioskView; robot: RobotView }) {
  return robotScreenFor(robot) === 'attract' ? <RobotAttractScreen view={view} robot={robot} /> : <RobotStatusScreen view={view} robot={robot} />;
}
