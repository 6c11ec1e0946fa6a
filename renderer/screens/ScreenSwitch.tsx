import type { KioskView } from '../../bridge/contract.js';
import { AdviceAnswerScreen } from './AdviceAnswerScreen.js';
import { AdviceAskScreen } from './AdviceAskScreen.js';
import { AdviceProcedureScreen } from './AdviceProcedureScreen.js';
import { AdviceScreen } from './AdviceScreen.js';
import { AttractScreen } from './AttractScreen.js';
import { BusyScreen } from './BusyScreen.js';
import { ChooseProcedureScreen } from './ChooseProcedureScreen.js';
import { ChooseServiceScreen } from './ChooseServiceScreen.js';
import { ConfirmScreen } from './ConfirmScreen.js';
import { GreetingScreen } from './GreetingScreen.js';
import { IdConsentScreen } from './IdConsentScreen.js';
import { IdentifyScreen } from './IdentifyScreen.js';
import { IdManualScreen } from './IdManualScreen.js';
import { IssueFailedScreen } from './IssueFailedScreen.js';
import { IssueRefusedScreen } from './IssueRefusedScreen.js';
import { MenuScreen } from './MenuScreen.js';
import { PrintFailedScreen } from './PrintFailedScreen.js';
import { RateCommentScreen } from './RateCommentScreen.js';
import { RateCriteriaScreen } from './RateCriteriaScreen.js';
import { RateFindScreen } from './RateFindScreen.js';
import { RateOverallScreen } from './RateOverallScreen.js';
import { RateReasonsScreen } from './RateReasonsScreen.js';
import { RateThanksScreen } from './RateThanksScreen.js';
import { RobotWelcome } from '../robot/RobotWelcome.js';
import { SearchProcedureScreen } from './SearchProcedureScreen.js';
import { TicketScreen } from './TicketScreen.js';

/** One screen per `view.screen`; the compiler checks every screen is drawn. */
export function ScreenSwitch({ view }: { view: KioskView }) {
  switch (view.screen) {
    case 'attract':
      // A kiosk with a robot body welcomes with the robot's face.
      return view.robot === null ? <AttractScreen view={view} /> : <RobotWelcome view={view} robot={view.robot} />;
    case 'greeting':
      return <GreetingScreen view={view} />;
    case 'menu':
      return <MenuScreen view={view} />;
    case 'advice':
      return <AdviceScreen view={view} />;
    case 'adviceProcedure':
      return <AdviceProcedureScreen view={view} />;
    case 'adviceAsk':
      return <AdviceAskScreen view={view} />;
    case 'adviceAnswer':
      return <AdviceAnswerScreen view={view} />;
    case 'chooseService':
      return <ChooseServiceScreen view={view} />;
    case 'chooseProcedure':
      return <ChooseProcedureScreen view={view} />;
    case 'searchProcedure':
      return <SearchProcedureScreen view={view} />;
    case 'idConsent':
      return <IdConsentScreen view={view} />;
    case 'identify':
      return <IdentifyScreen view={view} />;
    case 'idManual':
      return <IdManualScreen view={view} />;
    case 'confirm':
      return <ConfirmScreen view={view} />;
    case 'issuing':
    case 'printing':
      return <BusyScreen view={view} screen={view.screen} />;
    case 'issueFailed':
      return <IssueFailedScreen view={view} />;
    case 'issueRefused':
      return <IssueRefusedScreen view={view} />;
    case 'ticket':
      return <TicketScreen view={view} />;
    case 'printFailed':
      return <PrintFailedScreen view={view} />;
    case 'rate':
      return <RateFindScreen view={view} />;
    case 'rateOverall':
      return <RateOverallScreen view={view} />;
    case 'rateCriteria':
      return <RateCriteriaScreen view={view} />;
    case 'rateReasons':
      return <RateReasonsScreen view={view} />;
    case 'rateComment':
      return <RateCommentScreen view={view} />;
    case 'rateThanks':
      return <RateThanksScreen view={view} />;
    default: {
      const unknown: never = view.screen;
      throw new Error(`no screen for ${String(unknown)}`);
    }
  }
}
