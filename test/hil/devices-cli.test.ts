/** `npm run devices` against virtual devices: what an engineer types at a kiosk, and what it answers. */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentText } from '../../hil/virtual-printer/printed-document.js';
import { VirtualEscPosPrinter } from '../../hil/virtual-printer/virtual-printer.js';
import { type PluggedTwin, plugTwin } from '../../hil/virtual-serial/plugged-twin.js';
import { VirtualPresenceSensor } from '../../hil/virtual-serial/virtual-presence-sensor.js';
import { tempDir } from '../helpers/kiosk-harness.js';

const run = promisify(execFile);

let dir: ReturnType<typeof tempDir>;
let printer: VirtualEscPosPrinter;
let presence: PluggedTwin<VirtualPresenceSensor>;

beforeEach(async () => {
  dir = tempDir('motcua-cli-');
  printer = await VirtualEscPosPrinter.listen();
  presence = await plugTwin((path) => VirtualPresenceSensor.open(path));
  writeFileSync(
    join(dir.path, 'config.json'),
    JSON.stringify({
      kioskId: 'quay-test',
      devices: {
        printer: { kind: 'escpos', address: printer.address, text: 'wpc1258' },
        presence: { kind: 'serial', path: presence.pair.adapterPath },
      },
    }),
  );
});
afterEach(async () => {
  await presence.close();
  await printer.stop();
  dir.remove();
});

async function devices(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'runtime/cli/devices-cli.ts', ...args, '--data-dir', dir.path], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run devices', () => {
  it('status: every configured device with its adapter, address and state', async () => {
    const { code, stdout } = await devices('status');
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`printer\\s+escpos-tcp\\s+${printer.address.replace(/[/.]/g, '\\$&')}\\s+ready`));
    expect(stdout).toMatch(/presence\s+serial\s+\S+\s+ready/);
  });

  it('test-print: a test page comes out of the printer, naming the kiosk and every Vietnamese letter', async () => {
    const { code, stdout } = await devices('test-print');
    expect(code).toBe(0);
    expect(stdout).toContain('test page printed');
    const page = documentText(await printer.waitForDocument());
    expect(page).toContain('TRANG IN THỬ - TEST PAGE');
    expect(page).toContain('Kiosk: quay-test');
    expect(page).toContain('ỹ');
  });

  it('test-print with the paper out: says why, exits 1, prints nothing', async () => {
    printer.paperOut();
    const { code, stderr } = await devices('test-print');
    expect(code).toBe(1);
    expect(stderr).toContain('test page not printed: the printer is out of paper');
    expect(printer.documents).toEqual([]);
  });

  it('a bad config is refused with the field named, exit 2', async () => {
    writeFileSync(join(dir.path, 'config.json'), JSON.stringify({ devices: { printer: { kind: 'escpos', address: 'lpt1' } } }));
    const { code, stderr } = await devices('status');
    expect(code).toBe(2);
    expect(stderr).toContain('devices.printer');
  });
});
