/**
 * The staff key switch's lines, one per line ending in `\n` (9600 baud, 8N1, like the other serial
 * devices in devices/README.md):
 *
 * | direction     | line      | meaning                                                         |
 * |---------------|-----------|-----------------------------------------------------------------|
 * | switch → kiosk | `KEY ON`  | the key is (or was just turned) on                             |
 * | switch → kiosk | `KEY OFF` | the key is (or was just turned) off                            |
 * | kiosk → switch | `KEY?`    | heartbeat: "where is the key?"; the answer is `KEY ON`/`KEY OFF` |
 *
 * The switch sends its position when it is turned and whenever it is asked, so the heartbeat's
 * answer doubles as a state report: a turn whose line was lost, or made while the cable was out,
 * is caught up by the next answer. Pure.
 */
export const STAFF_KEY_HEARTBEAT = 'KEY?';

export function parseStaffKeyLine(line: string): { on: boolean } | null {
  const words = line.trim().split(/\s+/);
  if (words.length !== 2 || words[0] !== 'KEY') return null;
  if (words[1] === 'ON') return { on: true };
  if (words[1] === 'OFF') return { on: false };
  return null;
}
