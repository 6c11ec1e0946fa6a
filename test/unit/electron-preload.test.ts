/**
 * The preload's door to the page, read by running electron/preload.ts against a stand-in 'electron':
 * what it exposes, and that nothing exposed hands the page raw IPC. When a function is added on
 * purpose, update the inline snapshots (`npx vitest run -u test/unit/electron-preload.test.ts`).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../bridge/ipc-channels.js';

interface IpcCall {
  method: string;
  channel: unknown;
  args: unknown[];
}

const recorded = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  calls: [] as IpcCall[],
  ipcRenderer: {} as Record<string, (...args: unknown[]) => unknown>,
}));

vi.mock('electron', () => {
  for (const method of ['on', 'once', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'send', 'sendSync', 'sendToHost', 'invoke', 'postMessage']) {
    recorded.ipcRenderer[method] = (channel: unknown, ...args: unknown[]) => {
      recorded.calls.push({ method, channel, args });
      return method === 'invoke' ? Promise.resolve(null) : undefined;
    };
  }
  return {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => recorded.exposed.set(key, api) },
    ipcRenderer: recorded.ipcRenderer,
  };
});

let api: Record<string, unknown>;

beforeAll(async () => {
  await import('../../electron/preload.js');
  api = recorded.exposed.get('motcua') as Record<string, unknown>;
});

/** Call a function of the surface with hostile arguments and keep the IPC it made. */
function callsOf(name: string): IpcCall[] {
  recorded.calls.length = 0;
  const fn = api[name] as (...args: unknown[]) => unknown;
  const result = fn('evil:channel', 'evil:channel', { channel: 'evil:channel' });
  if (typeof result === 'function') (result as () => void)();
  return [...recorded.calls];
}

describe('preload surface', () => {
  it('exposes one object, window.motcua, and nothing else', () => {
    expect([...recorded.exposed.keys()]).toEqual(['motcua']);
  });

  it('is the expected set of functions, nothing nested', () => {
    const surface = Object.fromEntries(Object.entries(api).map(([key, value]) => [key, typeof value]));
    expect(surface).toMatchInlineSnapshot(`
      {
        "getDeviceStatus": "function",
        "getInfo": "function",
        "send": "function",
        "sendCardFrame": "function",
        "staff": "function",
        "subscribe": "function",
      }
    `);
  });

  it('hands out no ipcRenderer, none of its methods and no channel chosen by the page', () => {
    const rawMethods = new Set(Object.values(recorded.ipcRenderer));
    for (const [name, value] of Object.entries(api)) {
      expect(value, name).not.toBe(recorded.ipcRenderer);
      expect(rawMethods.has(value as (...args: unknown[]) => unknown), name).toBe(false);
      const channels = callsOf(name).map((call) => call.channel);
      expect(channels.length, name).toBeGreaterThan(0);
      for (const channel of channels) expect(Object.values(IPC), `${name} used ${String(channel)}`).toContain(channel);
    }
  });

  it('ties each function to its own fixed channels', () => {
    const channels = Object.fromEntries(Object.keys(api).map((name) => [name, callsOf(name).map((call) => `${call.method} ${String(call.channel)}`)]));
    expect(channels).toMatchInlineSnapshot(`
      {
        "getDeviceStatus": [
          "invoke motcua:get-device-status",
        ],
        "getInfo": [
          "invoke motcua:get-info",
        ],
        "send": [
          "invoke motcua:send",
        ],
        "sendCardFrame": [
          "send motcua:card-frame",
        ],
        "staff": [
          "invoke motcua:staff",
        ],
        "subscribe": [
          "on motcua:view",
          "send motcua:subscribe",
          "removeListener motcua:view",
        ],
      }
    `);
  });

  it('gives a view listener the view alone, never the IPC event (whose sender is ipcRenderer)', () => {
    recorded.calls.length = 0;
    const listener = vi.fn();
    const unsubscribe = (api.subscribe as (listener: (view: unknown) => void) => () => void)(listener);
    const onView = recorded.calls.find((call) => call.method === 'on')?.args[0] as (event: unknown, view: unknown) => void;
    onView({ sender: recorded.ipcRenderer }, { screen: 'attract' });
    expect(listener).toHaveBeenCalledWith({ screen: 'attract' });
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    expect(recorded.calls.at(-1)).toMatchObject({ method: 'removeListener', channel: IPC.view, args: [onView] });
  });
});
