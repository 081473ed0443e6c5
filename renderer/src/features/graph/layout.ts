import { computeLayout, type LayoutInput, type LayoutOutput } from './layout-compute';

export interface LayoutJob {
  done: Promise<LayoutOutput>;
  cancel(): void;
}

/** Starts a layout in a Web Worker; where workers cannot start (a strict host), it runs here instead. */
/** `onPalette`: a large graph's community colours, as soon as the worker has them (see computeLayout). */
export function startLayout(input: LayoutInput, onProgress: (positions: LayoutOutput) => void, onPalette?: (palette: Int32Array) => void): LayoutJob {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return { done: new Promise((resolve) => setTimeout(() => resolve(computeLayout(input, undefined, onPalette)), 0)), cancel: () => {} };
  }
  let settle: (value: LayoutOutput) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<LayoutOutput>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  worker.onmessage = (event: MessageEvent<{ type: 'progress' | 'palette' | 'done' | 'error'; positions?: LayoutOutput; palette?: Int32Array; message?: string }>) => {
    const { type, positions, palette, message } = event.data;
    if (type === 'progress' && positions) onProgress(positions);
    else if (type === 'palette' && palette) onPalette?.(palette);
    else if (type === 'done' && positions) {
      settle(positions);
      worker.terminate();
    } else if (type === 'error') {
      fail(new Error(message));
      worker.terminate();
    }
  };
  worker.onerror = () => {
    // A worker that could not load (CSP, file://): do the work here rather than show nothing.
    worker.terminate();
    settle(computeLayout(input, undefined, onPalette));
  };
  worker.postMessage(input);
  return {
    done,
    cancel: () => {
      worker.terminate();
      fail(new Error('cancelled'));
    },
  };
}
