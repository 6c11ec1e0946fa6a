import type { KioskView, RobotView } from '../../bridge/contract.js';
import { DispenseButtons } from './DispenseButtons.js';
import { GuideOffer } from './GuideOffer.js';

/**
 * What the robot offers beside a fresh ticket: first to show the way to the counter; once that is
 * answered, water and sweets. One question at a time, and both fit beside the ticket without scrolling.
 */
export function RobotTicketOffers({ view, robot }: { view: KioskView; robot: RobotView }) {
  if (robot.guideOffer === null && robot.dispensable.length === 0) return null;
  return (
    <div className="robot-ticket-offers">
      {robot.guideOffer !== null ? (
        <GuideOffer counter={robot.guideOffer.counter} robot={robot} speaking={view.voice.speaking} />
      ) : (
        <DispenseButtons items={robot.dispensable} locales={[view.locale]} />
      )}
    </div>
  );
}
