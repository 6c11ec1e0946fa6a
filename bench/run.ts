/** `npm run bench`: prints the figures; nothing here fails a build. */
import { benchConfirmToPrint } from './confirm-to-print.js';
import { benchTicketAllocation } from './ticket-allocation.js';
import { benchTicketPrinting } from './ticket-printing.js';

console.log(`motcua benchmarks — node ${process.version}, ${process.platform}/${process.arch}`);
benchTicketAllocation();
await benchConfirmToPrint();
await benchTicketPrinting();
