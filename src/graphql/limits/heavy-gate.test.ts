import { describe, expect, it } from 'vitest';
import { Gate } from './heavy-gate.ts';

describe('the gate of heavy requests', () => {
  it('lets `size` through, queues the rest in order, and hands each freed slot to the next', async () => {
    const gate = new Gate(2);
    const a = await gate.acquire(1000);
    const b = await gate.acquire(1000);
    const order: string[] = [];
    const c = gate.acquire(1000).then((release) => (order.push('c'), release));
    const d = gate.acquire(1000).then((release) => (order.push('d'), release));
    a!();
    a!(); // a second release of the same slot frees nothing
    const releaseC = await c;
    expect(order).toEqual(['c']);
    b!();
    await d;
    expect(order).toEqual(['c', 'd']);
    expect(releaseC).toBeTypeOf('function');
  });

  it('gives up on a wait that lasts past its bound, and the slot it waited for is not lost', async () => {
    const gate = new Gate(1);
    const held = await gate.acquire(1000);
    expect(await gate.acquire(20)).toBeUndefined();
    held!();
    expect(await gate.acquire(20)).toBeTypeOf('function');
  });
});
