/**
 * The configuration's secrets stay in the runtime: the counters' and the dashboard's PIN hashes,
 * the staff accounts' PIN hashes, and the keys kiosks link with. The editor gets the configuration
 * without them and learns only which are set; a save from the editor gets the ones in force back.
 * (An exported file carries them all: it restores a kiosk.)
 */
import type { ConfigSecretsView, EditableConfig } from '../../bridge/staff-config-protocol.js';
import type { KioskConfig } from '../../domain/config/schema.js';

/** A copy without the named keys. */
function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !(keys as PropertyKey[]).includes(key))) as Omit<T, K>;
}

export function withoutSecrets(config: KioskConfig): EditableConfig {
  const { server } = config.queue;
  return {
    ...omit(config, 'staff'),
    counters: config.counters.map(({ number }) => ({ number })),
    satisfaction: omit(config.satisfaction, 'dashboardPinHash'),
    queue: { ...omit(config.queue, 'kioskKey'), server: server.kind === 'remote' ? { kind: 'remote', url: server.url } : { kind: 'local' } },
  };
}

export function secretsView(config: KioskConfig): ConfigSecretsView {
  return {
    counterPins: config.counters.map((counter) => counter.number),
    dashboardPin: config.satisfaction.dashboardPinHash !== undefined,
    serverKey: config.queue.server.kind === 'remote',
    kioskKey: config.queue.kioskKey !== undefined,
  };
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const section = (value: unknown): Json => (isObject(value) ? value : {});

/**
 * The edited configuration with the secrets in force put back. PIN hashes always come from the
 * configuration in force (accounts change through their own requests); a link key typed in the
 * editor replaces the one in force, `kioskKey: null` removes it. Anything malformed is left as it
 * is, for the schema to name.
 */
export function withSecretsKept(edited: Json, inForce: KioskConfig): Json {
  const pinOf = new Map(inForce.counters.map((counter) => [counter.number, counter.pinHash]));
  const counters = Array.isArray(edited.counters)
    ? edited.counters.map((counter) => {
        if (!isObject(counter)) return counter;
        const rest = omit(counter, 'pinHash');
        const pinHash = typeof counter.number === 'number' ? pinOf.get(counter.number) : undefined;
        return pinHash === undefined ? rest : { ...rest, pinHash };
      })
    : edited.counters;

  const satisfaction = omit(section(edited.satisfaction), 'dashboardPinHash');
  const { dashboardPinHash } = inForce.satisfaction;

  const queue = { ...section(edited.queue) };
  const server = section(queue.server);
  if (server.kind === 'remote' && server.key === undefined && inForce.queue.server.kind === 'remote') {
    queue.server = { ...server, key: inForce.queue.server.key };
  }
  if (queue.kioskKey === null) delete queue.kioskKey;
  else if (queue.kioskKey === undefined && inForce.queue.kioskKey !== undefined) queue.kioskKey = inForce.queue.kioskKey;

  return {
    ...edited,
    counters,
    satisfaction: dashboardPinHash === undefined ? satisfaction : { ...satisfaction, dashboardPinHash },
    queue,
    staff: inForce.staff,
  };
}
