/** A service point on a temporary store with a settable clock, for the service point's tests. */
import { join } from 'node:path';
import type { Catalogue } from '../../domain/catalogue/catalogue-schema.js';
import { type KioskConfig, parseConfig } from '../../domain/config/schema.js';
import { MemoryLogger } from '../../runtime/log.js';
import { ServicePoint } from '../../runtime/queue/service-point.js';
import type { CounterAction, IssueTicketRequest } from '../../runtime/queue/service-point-api.js';
import { TicketStore } from '../../runtime/store/ticket-store.js';
import { tempDir } from './kiosk-harness.js';

/** Monday 23 November 2026, 08:00 in Hà Nội. */
export const DAY = '2026-11-23';
export const MONDAY_8AM = Date.parse('2026-11-23T01:00:00Z');

function procedure(id: string, serviceGroup: string, complexity: 'quick' | 'standard' | 'complex') {
  return {
    id,
    name: { vi: id, en: id },
    aliases: { vi: [], en: [] },
    documents: [{ vi: 'Tờ khai', en: 'Form' }],
    fee: { vi: 'Miễn phí', en: 'Free' },
    timeLimit: { vi: 'Trong ngày', en: 'Same day' },
    serviceGroup,
    complexity,
    portalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html',
  };
}

export const CATALOGUE: Catalogue = {
  servicePoint: { vi: 'Phường thử', en: 'Test ward' },
  fields: [
    {
      id: 'all',
      name: { vi: 'Tất cả', en: 'All' },
      procedures: [procedure('building-permit', 'land', 'complex'), procedure('certified-copy', 'civil-status', 'quick')],
    },
  ],
};

export class ServicePointRig {
  readonly dir = tempDir();
  readonly logger = new MemoryLogger();
  clock = MONDAY_8AM;
  config: KioskConfig;
  store: TicketStore;
  point: ServicePoint;

  constructor(configValue: unknown = {}) {
    const parsed = parseConfig(configValue);
    if (!parsed.ok) throw new Error(parsed.error);
    this.config = parsed.config;
    this.store = new TicketStore(this.file);
    this.point = this.open();
  }

  get file(): string {
    return join(this.dir.path, 'motcua.sqlite');
  }

  /** Close the store and open the same file again, as after a restart. */
  restart(): void {
    this.store.close();
    this.store = new TicketStore(this.file);
    this.point = this.open();
  }

  at(minutes: number): this {
    this.clock = MONDAY_8AM + minutes * 60_000;
    return this;
  }

  issue(serviceId: string, extra: Partial<IssueTicketRequest> = {}) {
    return this.point.issue({ serviceId, procedureId: null, priority: null, kioskId: 'kiosk-1', ...extra });
  }

  /** Issue and expect a ticket. */
  ticket(serviceId: string, extra: Partial<IssueTicketRequest> = {}) {
    const result = this.issue(serviceId, extra);
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    return result.ticket;
  }

  act(counter: number, action: CounterAction) {
    return this.point.act(counter, action, `counter ${counter}`);
  }

  /** Call the next ticket at the counter and return its id. */
  call(counter: number): number {
    const result = this.act(counter, { type: 'callNext' });
    if (!result.ok) throw new Error(`call refused: ${result.reason}`);
    const held = this.point.counterState(counter).current;
    if (held === null) throw new Error('called, but the counter holds nothing');
    return held.id;
  }

  close(): void {
    this.store.close();
    this.dir.remove();
  }

  private open(): ServicePoint {
    return new ServicePoint({
      store: this.store,
      config: () => this.config,
      catalogue: () => CATALOGUE,
      now: () => new Date(this.clock),
      logger: this.logger,
    });
  }
}
