import { paintPicture, PATH_SEGMENTS, type LayerPicture, type Painted } from './layer-paint';

/**
 * Most segments (or nodes) one slice of a progressive redraw paints before it is rasterised. Without a GPU,
 * Chromium rasterises a canvas's recorded strokes when it commits the frame: the AWS guide's ~25k strokes
 * and 7.6k nodes were one 100–170 ms task after a save; ~3,000 are 15–30 ms.
 */
export const SLICE = 3000;
/** Fewest segments or nodes per slice: one path of PATH_SEGMENTS is never cut anyway. */
const MIN_SLICE = PATH_SEGMENTS;
/**
 * How long a slice should take, painting and rasterising. Long edges cost more to rasterise than short
 * ones, and a busy machine slows both: a slice of 3,000 long edges took 60 ms at load 10, so each next
 * slice is sized by how long the last one took.
 */
const SLICE_MS = 12;

/** The next slice's size, from the last one's and how long it took: towards SLICE_MS, within MIN_SLICE–SLICE. */
export function nextSlice(size: number, tookMs: number): number {
  if (tookMs <= 0) return SLICE;
  return Math.round(Math.min(SLICE, Math.max(MIN_SLICE, (size * SLICE_MS) / tookMs)));
}

/** A redraw in slices under way; `cancelled` stops it at its next slice. */
export interface SliceJob {
  cancelled: boolean;
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Paints the picture `start` gives (in the next task) into `back`, sized to it, over several tasks, each
 * slice rasterised in its own task (`getImageData` of one pixel) instead of all of it when the frame
 * commits. Null when cancelled meanwhile.
 */
export async function paintSliced(job: SliceJob, back: HTMLCanvasElement, start: () => LayerPicture): Promise<{ painted: Painted; slices: number } | null> {
  await nextTask();
  if (job.cancelled) return null;
  const picture = start();
  const { width: w, height: h } = picture;
  if (back.width !== w || back.height !== h) {
    back.width = w;
    back.height = h;
  }
  const ctx = back.getContext('2d')!;
  let size = SLICE;
  const steps = paintPicture(ctx, picture, () => size);
  let painted: Painted;
  let slices = 1;
  for (;;) {
    const began = performance.now();
    const step = steps.next();
    if (step.done) {
      painted = step.value;
      break;
    }
    // Rasterises what this slice recorded now, in this task, instead of all of it when the frame commits.
    ctx.getImageData(0, 0, 1, 1);
    size = nextSlice(size, performance.now() - began);
    await nextTask();
    if (job.cancelled) return null;
    slices++;
  }
  ctx.getImageData(0, 0, 1, 1);
  await nextTask();
  if (job.cancelled) return null;
  return { painted, slices };
}
