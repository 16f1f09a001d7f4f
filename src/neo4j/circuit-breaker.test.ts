import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.ts';

function breaker() {
  let t = 0;
  const b = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 1000, now: () => t });
  return { b, advance: (ms: number) => (t += ms) };
}

describe('CircuitBreaker', () => {
  it('stays closed below the threshold, and a success resets the count', () => {
    const { b } = breaker();
    b.failed();
    b.failed();
    b.succeeded();
    b.failed();
    b.failed();
    expect(b.state).toBe('closed');
    expect(() => b.admit()).not.toThrow();
  });

  it('opens after consecutive failures and fails fast with SERVICE_UNAVAILABLE', () => {
    const { b } = breaker();
    for (let i = 0; i < 3; i++) b.failed();
    expect(b.state).toBe('open');
    expect(() => b.admit()).toThrow(expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE' } }));
  });

  it('lets one probe through after the cool-down; its success closes the circuit', () => {
    const { b, advance } = breaker();
    for (let i = 0; i < 3; i++) b.failed();
    advance(1000);
    expect(b.state).toBe('half-open');
    expect(() => b.admit()).not.toThrow();
    expect(() => b.admit()).toThrow(/unavailable/); // a second read while the probe is out
    b.succeeded();
    expect(b.state).toBe('closed');
    expect(() => b.admit()).not.toThrow();
  });

  it('opens again for a whole cool-down when the probe fails', () => {
    const { b, advance } = breaker();
    for (let i = 0; i < 3; i++) b.failed();
    advance(1000);
    b.admit();
    b.failed();
    expect(b.state).toBe('open');
    advance(999);
    expect(() => b.admit()).toThrow(/retry in 1 s/);
    advance(1);
    expect(() => b.admit()).not.toThrow();
  });

  it('passes the probe on to the next read when the probe never reached Neo4j (abstained)', () => {
    const { b, advance } = breaker();
    for (let i = 0; i < 3; i++) b.failed();
    advance(1000);
    b.admit();
    expect(() => b.admit()).toThrow(/unavailable/);
    b.abstained();
    expect(b.state).toBe('half-open');
    expect(() => b.admit()).not.toThrow();
  });
});
