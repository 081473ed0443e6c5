import { computeLayout, type LayoutInput } from './layout-compute';

/** Layout off the main thread: the page keeps panning and zooming while a big graph settles. */
self.onmessage = (event: MessageEvent<LayoutInput>) => {
  const post = (type: 'progress' | 'done', positions: Float64Array): void => (self as unknown as Worker).postMessage({ type, positions }, [positions.buffer]);
  try {
    const positions = computeLayout(
      event.data,
      (p) => post('progress', p),
      (palette) => (self as unknown as Worker).postMessage({ type: 'palette', palette }, [palette.buffer]),
    );
    post('done', positions);
  } catch (error) {
    (self as unknown as Worker).postMessage({ type: 'error', message: (error as Error).message });
  }
};
