import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { afterNextPaint, type Defer, deferredSlot } from './after-paint';

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
  it('runs at once where there are no animation frames', () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    const fn = vi.fn();
    afterNextPaint(fn);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe('deferredSlot', () => {
  const held = () => {
    const queue = new Set<() => void>();
    const defer: Defer = (fn) => {
      queue.add(fn);
      return () => queue.delete(fn);
    };
    const run = () => {
      for (const fn of [...queue]) fn();
    };
    return { defer, run };
  };

  it('keeps only the latest call waiting', () => {
    const { defer, run } = held();
    const slot = deferredSlot(defer);
    const calls: string[] = [];
    slot.schedule(() => calls.push('first'));
    slot.schedule(() => calls.push('second'));
    expect(slot.waiting()).toBe(true);
    run();
    expect(calls).toEqual(['second']);
    expect(slot.waiting()).toBe(false);
  });
  it('has nothing waiting after a defer that ran the call at once', () => {
    const slot = deferredSlot((fn) => {
      fn();
      return () => {};
    });
    const fn = vi.fn();
    slot.schedule(fn);
    slot.schedule(fn);
    expect(fn).toHaveBeenCalledTimes(2);
    expect(slot.waiting()).toBe(false);
  });
  it('cancels the waiting call', () => {
    const { defer, run } = held();
    const slot = deferredSlot(defer);
    const fn = vi.fn();
    slot.schedule(fn);
    slot.cancel();
    run();
    expect(fn).not.toHaveBeenCalled();
  });
});
