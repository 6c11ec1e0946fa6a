/**
 * A virtual receipt printer for an engineer: point the kiosk (or any ESC/POS sender) at it and see
 * each document as text on the terminal and as a PNG of the paper.
 *
 *   npx tsx hil/virtual-printer/main.ts [--port 9100] [--type epson|star] [--out ./printed]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { documentText } from './printed-document.js';
import { renderDocumentPng } from './render-png.js';
import { VirtualEscPosPrinter } from './virtual-printer.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9100' },
    type: { type: 'string', default: 'epson' },
    out: { type: 'string', default: 'printed' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a TCP port, not "${values.port}"`);
if (values.type !== 'epson' && values.type !== 'star') throw new Error(`--type must be epson or star, not "${values.type}"`);
const folder = resolve(values.out);
await mkdir(folder, { recursive: true });

const printer = await VirtualEscPosPrinter.listen({ port, type: values.type, host: '127.0.0.1' });
console.log(`virtual ${values.type} printer on ${printer.address}; documents go to ${folder}`);
let count = 0;
printer.onDocument((document) => {
  count += 1;
  const file = join(folder, `document-${String(count).padStart(3, '0')}.png`);
  const state = `${document.complete ? 'complete' : 'INCOMPLETE'}${document.cut ? ', cut' : ''}`;
  console.log(`\n--- document ${count} (${state}) -> ${file}\n${documentText(document)}`);
  if (document.unknown.length > 0) console.log(`unknown commands: ${document.unknown.join(' ')}`);
  renderDocumentPng(document)
    .then((png) => writeFile(file, png))
    .catch((error: unknown) => console.error(`could not write ${file}: ${String(error)}`));
});
process.once('SIGINT', () => void printer.stop().then(() => process.exit(0)));
