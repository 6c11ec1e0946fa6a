/**
 * Every staff request passes here: parsed against the staff protocol (a malformed one is refused
 * with the fields it got wrong), checked against the role it needs, counted as a touch, then
 * handed to the handler of its type. A handler that throws becomes a `failed` reply in words, and
 * a log line; it never reaches the page as an exception.
 */
import { describeIssues } from '../../bridge/contract.js';
import {
  STAFF_REQUEST_ROLE,
  type StaffAccountView,
  type StaffReply,
  type StaffReplyOf,
  type StaffRequestOf,
  type StaffRequestType,
  staffRequestSchema,
} from '../../bridge/staff-protocol.js';
import type { Logger } from '../log.js';
import { SIGNED_OUT, type StaffMode } from './staff-mode.js';

/** Who is asking, for handlers that audit what they do. */
export interface StaffContext {
  account: StaffAccountView;
  /** How the audit trail names them. */
  actor: string;
}

export type StaffHandler<K extends StaffRequestType> = (
  request: StaffRequestOf<K>,
  context: StaffContext,
) => StaffReplyOf<K> | Promise<StaffReplyOf<K>>;

export type StaffHandlers<K extends StaffRequestType> = { [P in K]: StaffHandler<P> };

/** The requests of the way in, answered by staff mode itself. */
type EntryRequestType = 'cornerTap' | 'signIn' | 'cancelSignIn' | 'signOut' | 'touch';
export type SignedInRequestType = Exclude<StaffRequestType, EntryRequestType>;

export class StaffRequests {
  constructor(
    private readonly mode: StaffMode,
    private readonly handlers: StaffHandlers<SignedInRequestType>,
    private readonly logger: Logger,
  ) {}

  async handle(raw: unknown): Promise<StaffReply> {
    const parsed = staffRequestSchema.safeParse(raw);
    if (!parsed.success) {
      const detail = describeIssues(parsed.error);
      this.logger.warn(`staff request refused: ${detail}`);
      return {
        ok: false,
        reason: 'invalid',
        message: { vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
        fields: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      };
    }
    const request = parsed.data;
    switch (request.type) {
      case 'cornerTap':
        return { ok: true, result: this.mode.cornerTap() };
      case 'signIn':
        return this.mode.signIn(request.accountId, request.pin);
      case 'cancelSignIn':
        this.mode.cancelSignIn();
        return { ok: true, result: null };
      case 'signOut':
        this.mode.signOut();
        return { ok: true, result: null };
      case 'touch':
        this.mode.touch();
        return { ok: true, result: null };
      default:
        return this.signedIn(request);
    }
  }

  private async signedIn(request: StaffRequestOf<SignedInRequestType>): Promise<StaffReply> {
    const refusal = this.mode.refusalFor(STAFF_REQUEST_ROLE[request.type]);
    const { account } = this.mode;
    if (refusal !== null || account === null) {
      this.logger.warn(`staff request ${request.type} refused: ${refusal?.reason ?? 'signedOut'} (${this.mode.actor})`);
      return refusal ?? SIGNED_OUT;
    }
    this.mode.touch();
    const handler = this.handlers[request.type] as StaffHandler<SignedInRequestType>;
    try {
      return await handler(request, { account, actor: this.mode.actor });
    } catch (error) {
      this.logger.error(`staff request ${request.type} failed: ${String(error)}`);
      return {
        ok: false,
        reason: 'failed',
        message: { vi: `Không thực hiện được: ${String(error)}`, en: `It could not be done: ${String(error)}` },
      };
    }
  }
}
