/**
 * Find the MRZ on a photo or scan of a card and cut it out ready for OCR: straightened, cropped to
 * its three lines, scaled so capitals are ~28 px tall, grey and normalised.
 *
 * How: on a small grey copy, mark horizontal ink edges; find the skew that makes their row
 * profile sharpest (text lines are then horizontal); the MRZ is the run of three evenly spaced,
 * equally tall, wide and dense lines lowest on the card. The full-resolution image gets the same
 * rotation and the crop.
 */
import sharp, { type Sharp } from 'sharp';

// Each image is seen once: libvips' operation cache would only hold on to memory.
sharp.cache(false);

const WORK_WIDTH = 800;
const TARGET_CAP_HEIGHT = 28;
const EDGE_THRESHOLD = 28;

interface Grey {
  data: Uint8Array;
  width: number;
  height: number;
}

interface Band {
  top: number;
  bottom: number;
  left: number;
  right: number;
  edges: number;
}

/** A small grey copy to analyse: cheap to scan, and rotating it costs nothing. */
export async function greyAtWorkSize(image: Sharp): Promise<Grey> {
  const { data, info } = await image.greyscale().resize({ width: WORK_WIDTH }).raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

export async function rotateGrey(grey: Grey, degrees: number): Promise<Grey> {
  const { data, info } = await sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .rotate(degrees, { background: { r: 255, g: 255, b: 255 } })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

/** Points where brightness jumps left to right: the strokes of characters. */
export function edgePoints(grey: Grey): Int32Array {
  const points: number[] = [];
  const { data, width, height } = grey;
  for (let y = 1; y < height - 1; y += 1) {
    const row = y * width;
    for (let x = 1; x < width - 1; x += 1) {
      if (Math.abs((data[row + x + 1] ?? 0) - (data[row + x - 1] ?? 0)) > EDGE_THRESHOLD) points.push(x, y);
    }
  }
  return Int32Array.from(points);
}

/** Sharpness of the row profile of the edges seen at this angle: text lines make tall peaks. */
function profileSharpness(points: Int32Array, degrees: number, height: number): number {
  const radians = (degrees * Math.PI) / 180;
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const offset = height;
  const bins = new Float64Array(height * 3);
  for (let index = 0; index < points.length; index += 2) {
    const x = points[index] ?? 0;
    const y = points[index + 1] ?? 0;
    const row = Math.round(y * cos - x * sin) + offset;
    if (row >= 0 && row < bins.length) bins[row] = (bins[row] ?? 0) + 1;
  }
  let score = 0;
  for (const count of bins) score += count * count;
  return score;
}

/** The skew, in degrees, that straightens the text lines (searched over ±8°). */
export function estimateSkew(points: Int32Array, height: number): number {
  let best = 0;
  let bestScore = -1;
  const search = (from: number, to: number, step: number) => {
    for (let degrees = from; degrees <= to + 1e-9; degrees += step) {
      const score = profileSharpness(points, degrees, height);
      if (score > bestScore) {
        bestScore = score;
        best = degrees;
      }
    }
  };
  search(-8, 8, 0.5);
  const coarse = best;
  search(coarse - 0.5, coarse + 0.5, 0.1);
  return best;
}

/** Horizontal bands of text on a straightened grey image, top to bottom. */
export function textBands(grey: Grey): Band[] {
  const { width, height } = grey;
  const points = edgePoints(grey);
  const rows = new Float64Array(height);
  for (let index = 1; index < points.length; index += 2) {
    const y = points[index] ?? 0;
    rows[y] = (rows[y] ?? 0) + 1;
  }
  const peak = Math.max(...rows);
  const threshold = Math.max(4, peak * 0.25);
  const bands: Band[] = [];
  let start = -1;
  for (let y = 0; y <= height; y += 1) {
    const inside = y < height && (rows[y] ?? 0) >= threshold;
    if (inside && start < 0) start = y;
    if (!inside && start >= 0) {
      if (y - start >= 3) bands.push({ top: start, bottom: y, left: width, right: 0, edges: 0 });
      start = -1;
    }
  }
  // Horizontal extent of each band: its longest run of inked columns. Characters ink a column
  // densely; a desk's grain or a card's guilloche only sprinkles it, and is left out.
  for (const band of bands) {
    const columns = new Uint16Array(width);
    for (let index = 0; index < points.length; index += 2) {
      const y = points[index + 1] ?? 0;
      if (y >= band.top && y < band.bottom) {
        const x = points[index] ?? 0;
        columns[x] = (columns[x] ?? 0) + 1;
        band.edges += 1;
      }
    }
    const dense = Math.max(2, (band.bottom - band.top) * 0.2);
    const maxGap = Math.max(4, width * 0.04);
    let runStart = -1;
    let lastInked = -1;
    for (let x = 0; x <= width; x += 1) {
      const inked = x < width && (columns[x] ?? 0) >= dense;
      if (inked && runStart >= 0 && x - lastInked > maxGap) runStart = -1;
      if (inked) {
        if (runStart < 0) runStart = x;
        lastInked = x;
        if (lastInked - runStart > band.right - band.left) {
          band.left = runStart;
          band.right = lastInked + 1;
        }
      }
    }
  }
  return bands;
}

/**
 * Runs of three consecutive bands that could be an MRZ (alike in height, evenly spaced, wide,
 * roughly left-aligned), most MRZ-like first. The front of a card has such runs too: the reader
 * tells them apart by reading their first line.
 */
export function rankMrzCandidates(bands: Band[], imageWidth: number, most = 3): Band[][] {
  const ranked: Array<{ triple: Band[]; score: number }> = [];
  for (let index = 0; index + 3 <= bands.length; index += 1) {
    const triple = bands.slice(index, index + 3) as [Band, Band, Band];
    const heights = triple.map((band) => band.bottom - band.top);
    const widths = triple.map((band) => band.right - band.left);
    const lefts = triple.map((band) => band.left);
    const gaps = [triple[1].top - triple[0].top, triple[2].top - triple[1].top];
    const tallest = Math.max(...heights);
    const widest = Math.max(...widths);
    if (Math.min(...heights) < tallest * 0.5) continue;
    if (widest < imageWidth * 0.35 || Math.min(...widths) < widest * 0.7) continue;
    if (Math.max(...lefts) - Math.min(...lefts) > widest * 0.12) continue;
    if (Math.min(...gaps) < Math.max(...gaps) * 0.7 || Math.max(...gaps) > tallest * 3.5) continue;
    // Alike widths, density and width win; among equals, the lower run (the MRZ is at the bottom).
    const alike = Math.min(...widths) / widest;
    const score = alike * alike * Math.min(...widths) * triple.reduce((sum, band) => sum + band.edges, 0) * (1 + index * 0.01);
    ranked.push({ triple, score });
  }
  return ranked
    .sort((left, right) => right.score - left.score)
    .slice(0, most)
    .map((candidate) => candidate.triple);
}

export interface MrzCandidates {
  /** Degrees the image was turned to straighten it. */
  skewDegrees: number;
  count: number;
  /** PNG of candidate `index`: the start of its first line (a cheap test), or all three lines. */
  crop(index: number, part: 'lineStart' | 'zone'): Promise<Buffer>;
}

/** Find where the MRZ may be; null when nothing on the image looks like one. */
export async function locateMrz(input: Buffer): Promise<MrzCandidates | null> {
  const grey = await greyAtWorkSize(sharp(input, { failOn: 'none' }).autoOrient());
  const skew = estimateSkew(edgePoints(grey), grey.height);
  // A skew of +θ means the card was turned θ clockwise (sharp's sense): turn it back.
  const straight = skew === 0 ? grey : await rotateGrey(grey, -skew);
  const candidates = rankMrzCandidates(textBands(straight), straight.width);
  if (candidates.length === 0) return null;

  // The full image, turned the same way, has the same shape scaled up: boxes map straight onto it.
  let turning = sharp(input, { failOn: 'none' }).autoOrient().greyscale();
  if (skew !== 0) turning = turning.rotate(-skew, { background: { r: 255, g: 255, b: 255 } });
  const turned = await turning.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const scale = turned.info.width / straight.width;

  const crop = async (index: number, part: 'lineStart' | 'zone'): Promise<Buffer> => {
    const triple = candidates[index];
    if (triple === undefined) throw new RangeError(`no MRZ candidate ${index}`);
    const lines = part === 'zone' ? triple : triple.slice(0, 1);
    const lineHeight = triple.reduce((sum, band) => sum + (band.bottom - band.top), 0) / 3;
    const marginY = lineHeight * 0.8;
    const left = Math.min(...triple.map((band) => band.left));
    const right = Math.max(...triple.map((band) => band.right));
    const marginX = (right - left) * 0.04;
    // `IDVNM` and the first digits of the document number: a third of the line tells an MRZ.
    const width = part === 'zone' ? right - left + 2 * marginX : (right - left) * 0.4 + marginX;
    const box = clampBox(
      {
        left: (left - marginX) * scale,
        top: (lines[0]!.top - marginY) * scale,
        width: width * scale,
        height: (lines[lines.length - 1]!.bottom - lines[0]!.top + 2 * marginY) * scale,
      },
      turned.info.width,
      turned.info.height,
    );
    // Edge bands are a little taller than the capitals they come from.
    const zoom = TARGET_CAP_HEIGHT / (lineHeight * scale * 0.9);
    return sharp(turned.data, { raw: { width: turned.info.width, height: turned.info.height, channels: 1 } })
      .extract(box)
      .resize({ width: Math.max(1, Math.round(box.width * zoom)) })
      .normalise()
      .png({ compressionLevel: 1 })
      .toBuffer();
  };
  return { skewDegrees: skew, count: candidates.length, crop };
}

function clampBox(box: { left: number; top: number; width: number; height: number }, width: number, height: number) {
  const left = Math.max(0, Math.floor(box.left));
  const top = Math.max(0, Math.floor(box.top));
  return {
    left,
    top,
    width: Math.max(1, Math.min(width - left, Math.ceil(box.width))),
    height: Math.max(1, Math.min(height - top, Math.ceil(box.height))),
  };
}
