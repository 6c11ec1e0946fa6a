/**
 * What the statistics call things: service groups and procedures by their names in the config and
 * the catalogue in force, and times at the service point's clock.
 */
import type { Locale } from '../../bridge/contract.js';
import type { Catalogue } from '../../domain/catalogue/catalogue-schema.js';
import type { KioskConfig } from '../../domain/config/schema.js';
import { localTime } from '../../domain/queue/ticket-number.js';

type Words = Record<Locale, string>;

export interface StatisticsNames {
  group(id: string): Words;
  /** Groups in the config's order; groups it no longer has follow, by id. */
  orderGroups(ids: readonly string[]): string[];
  procedure(id: string | null): Words;
  /** HH:mm at the service point. */
  localTime(at: number): string;
}

const NO_PROCEDURE: Words = { vi: 'Chưa chọn thủ tục', en: 'No procedure chosen' };

export function statisticsNames(config: Pick<KioskConfig, 'serviceGroups' | 'servicePoint'>, catalogue: Catalogue): StatisticsNames {
  const groups = new Map(config.serviceGroups.map((group, index) => [group.id, { name: group.name, index }]));
  const procedures = new Map(catalogue.fields.flatMap((field) => field.procedures.map((procedure) => [procedure.id, procedure.name] as const)));
  return {
    // A group removed from the config since keeps its id as its name: the figures stay readable.
    group: (id) => groups.get(id)?.name ?? { vi: id, en: id },
    orderGroups: (ids) =>
      [...ids].sort((a, b) => (groups.get(a)?.index ?? Infinity) - (groups.get(b)?.index ?? Infinity) || a.localeCompare(b)),
    procedure: (id) => (id === null ? NO_PROCEDURE : (procedures.get(id) ?? { vi: id, en: id })),
    localTime: (at) => localTime(new Date(at), config.servicePoint.timeZone),
  };
}
