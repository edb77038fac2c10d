import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { afterNextPaint } from './after-paint';

/** Animation frames that run only when the test says a frame has come. */
function stubFrames() {
  const frames = new Map<number, FrameRequestCallback>();
  let next = 1;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    frames.set(next, cb);
    return next++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  return {
    frame: () => {
      for (const [id, cb] of [...frames]) {
        frames.delete(id);
        cb(0);
      }
    },
    pending: () => frames.size,
  };
}

/** Lets queued tasks (MessageChannel messages) run. */
const tasks = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('afterNextPaint', () => {
  let frames: ReturnType<typeof stubFrames>;
  beforeEach(() => {
    frames = stubFrames();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('runs in a task after the next animation frame, not before', async () => {
    const fn = vi.fn();
    afterNextPaint(fn);
    await tasks();
    expect(fn).not.toHaveBeenCalled();
    frames.frame();
    expect(fn).not.toHaveBeenCalled();
    await tasks();
    expect(fn).toHaveBeenCalledTimes(1);
  });
  it('runs once after the fallback delay when no frame comes', async () => {
    const fn = vi.fn();
    afterNextPaint(fn, 10);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(fn).toHaveBeenCalledTimes(1);
    expect(frames.pending()).toBe(0);
    frames.frame();
    await tasks();
    expect(fn).toHaveBeenCalledTimes(1);
  });
  it('never runs once cancelled', async () => {
    const fn = vi.fn();
    const cancel = afterNextPaint(fn, 10);
    cancel();
    frames.frame();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(fn).not.toHaveBeenCalled();
  });
});
