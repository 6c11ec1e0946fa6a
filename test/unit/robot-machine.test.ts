/**
 * The robot chart alone (createActor, a simulated clock, jobs that succeed or fail as each test
 * says): the corners the mock base does not reach — a base still connecting at start, a trip the
 * base refuses, a trip that times out.
 */
import { describe, expect, it } from 'vitest';
import { SimulatedClock, createActor, fromPromise } from 'xstate';
import { configSchema } from '../../domain/config/schema.js';
import { type RobotSessionView, type SayParams, robotMachine } from '../../state-machines/robot.machine.js';

const settings = { ...configSchema.parse({}).robot, retryMs: 10_000 };
const ATTRACT: RobotSessionView = { screen: 'attract', ticket: null, locale: 'vi' };
const TICKET: RobotSessionView = { screen: 'ticket', ticket: { number: 'B001', counter: 3 }, locale: 'en' };

class CodedError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** The chart with jobs that do what `jobs` says (resolve by default), recording what it said and asked. */
function start(options: { baseState?: 'ready' | 'connecting'; goTo?: () => Promise<void>; home?: () => Promise<void> } = {}) {
  const said: SayParams[] = [];
  const asked: string[] = [];
  const clock = new SimulatedClock();
  const job = <Input,>(name: string, run: () => Promise<void> = async () => undefined) =>
    fromPromise<void, Input>(async () => {
      asked.push(name);
      await run();
    });
  const machine = robotMachine.provide({
    actors: {
      goTo: job<{ counter: number }>('goTo', options.goTo),
      home: job<void>('home', options.home),
      dock: job<void>('dock'),
      dispense: job<{ item: 'water' | 'sweets' }>('dispense'),
      readBattery: fromPromise(async () => 100),
    },
    actions: { say: (_, params) => said.push(params) },
  });
  const actor = createActor(machine, { clock, input: { settings, session: ATTRACT, baseState: options.baseState ?? 'ready' } });
  actor.start();
  return { actor, said, asked, clock };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const bodyOf = (actor: ReturnType<typeof start>['actor']) => (actor.getSnapshot().value as { body: string }).body;

describe('robot chart', () => {
  it('waits for a base still connecting at start, and goes to its post once it is ready', async () => {
    const { actor, asked } = start({ baseState: 'connecting' });
    expect(bodyOf(actor)).toBe('stopped');
    expect(actor.getSnapshot().context.problem).toBe('offline');
    actor.send({ type: 'base.health', state: 'ready' });
    await settle();
    expect(bodyOf(actor)).toBe('atPost');
    expect(asked).toEqual(['home']);
  });

  it('a trip the base refuses (no route to the counter): the citizen is told to find it by its sign, and nothing stops', async () => {
    const { actor, said } = start({ goTo: () => Promise.reject(new CodedError('unknownCounter')) });
    await settle();
    actor.send({ type: 'session.changed', session: TICKET });
    actor.send({ type: 'ui.guide', accept: true });
    await settle();
    expect(bodyOf(actor)).toBe('atPost');
    expect(said.map(({ line }) => line.id)).toEqual(['offer', 'followMe', 'cannotGuide']);
    expect(said.at(-1)).toEqual({ line: { id: 'cannotGuide', counter: 3 }, locale: 'en' });
  });

  it('a trip that times out stops it as a fault, said once; it tries again after retryMs', async () => {
    let homes = 0;
    const { actor, said, clock } = start({
      goTo: () => Promise.reject(new CodedError('timeout')),
      home: async () => {
        homes += 1;
        if (homes > 1) throw new CodedError('timeout');
      },
    });
    await settle();
    actor.send({ type: 'session.changed', session: TICKET });
    actor.send({ type: 'ui.guide', accept: true });
    await settle();
    expect(bodyOf(actor)).toBe('stopped');
    expect(actor.getSnapshot().context).toMatchObject({ problem: 'fault', cause: 'timeout', counter: 3 });
    const lines = said.length;
    clock.increment(10_000);
    await settle();
    expect(homes).toBe(2);
    expect(bodyOf(actor)).toBe('stopped');
    expect(said).toHaveLength(lines);
  });
});
