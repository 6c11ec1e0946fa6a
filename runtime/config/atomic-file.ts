/**
 * Writing a file so a power cut or a crash leaves either the old file or the new one, never half
 * of one: write a temporary file beside it, flush it to the disk, rename it over the old one, and
 * flush the folder so the rename itself is on the disk.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** The file operations used, so a test can make one fail. */
export interface AtomicFileOps {
  rename(from: string, to: string): void;
}

const nodeOps: AtomicFileOps = { rename: renameSync };

export function writeFileAtomically(path: string, text: string, ops: AtomicFileOps = nodeOps): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    ops.rename(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(dirname(path));
}

function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open or flush a folder; its rename is already durable enough there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
