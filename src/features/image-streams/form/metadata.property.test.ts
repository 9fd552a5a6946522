// Generated label and annotation keys and values: the form's verdict equals the embedded cluster's
// (apimachinery's qualified names, label values, and the 256 KiB annotation total).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testCluster } from '../../../../mocks/cluster/test-support';
import type { KeyValueRow } from './key-value-rows';
import { baseValues, clusterVerdict, formAccepts, labelValueArb, qualifiedKeyArb, tally } from './property-support';

const { cluster } = testCluster({ seed: 'empty' });
const LIMIT = 256 * 1024;

const agree = (rows: Partial<Record<'labels' | 'annotations', KeyValueRow[]>>) => {
  const values = baseValues(rows);
  const verdict = formAccepts(values);
  expect(verdict).toBe(clusterVerdict(cluster, values).accepted);
  return verdict ? 'accepted' : 'rejected';
};

describe('generated labels', () => {
  it('the form accepts a label exactly when the cluster does', () => {
    const seen = tally();
    fc.assert(
      fc.property(qualifiedKeyArb, labelValueArb, (key, value) => {
        seen.add(agree({ labels: [{ key, value }] }));
      }),
      { numRuns: 250 },
    );
    seen.expectSeen(['accepted', 'rejected'], 25);
  });

  it.each([
    ['a'.repeat(63), 'v', true],
    ['a'.repeat(64), 'v', false],
    [`${'a'.repeat(253)}/x`, 'v', true],
    [`${'a'.repeat(254)}/x`, 'v', false],
    ['k', 'v'.repeat(63), true],
    ['k', 'v'.repeat(64), false],
  ])('%#: key and value lengths at the limits', (key, value, accepted) => {
    expect(agree({ labels: [{ key, value }] })).toBe(accepted ? 'accepted' : 'rejected');
  });
});

describe('generated annotations', () => {
  it('the form accepts an annotation exactly when the cluster does', () => {
    const seen = tally();
    fc.assert(
      fc.property(qualifiedKeyArb, fc.string({ unit: 'binary', maxLength: 40 }), (key, value) => {
        seen.add(agree({ annotations: [{ key, value }] }));
      }),
      { numRuns: 250 },
    );
    seen.expectSeen(['accepted', 'rejected'], 25);
  });

  it('the form and the cluster count the 256 KiB total in the same bytes', () => {
    const seen = tally();
    // Total bytes of key + value a few bytes either side of the limit, in 1-, 2- and 4-byte characters.
    const sizeArb = fc.tuple(fc.integer({ min: LIMIT - 4, max: LIMIT + 4 }), fc.constantFrom('x', 'é', '😀'), fc.integer({ min: 1, max: 3 }));
    fc.assert(
      fc.property(sizeArb, ([total, char, rows]) => {
        const keys = Array.from({ length: rows }, (_, i) => `k${i}`);
        const keyBytes = keys.join('').length;
        const charBytes = new TextEncoder().encode(char).length;
        const bytes = total - keyBytes;
        const big = char.repeat(Math.floor(bytes / charBytes)) + 'x'.repeat(bytes % charBytes);
        const annotations = keys.map((key, i) => ({ key, value: i === 0 ? big : '' }));
        const verdict = agree({ annotations });
        expect(verdict).toBe(total <= LIMIT ? 'accepted' : 'rejected');
        seen.add(verdict);
      }),
      { numRuns: 30 },
    );
    seen.expectSeen(['accepted', 'rejected'], 3);
  });

  // Found by this property: the cluster counted UTF-16 code units, so 'é' counted one byte instead of two.
  it('rejects 256 KiB + 1 byte of two-byte characters on both sides', () => {
    expect(agree({ annotations: [{ key: 'k', value: 'é'.repeat(LIMIT / 2) }] })).toBe('rejected');
  });
});

describe('generated duplicate keys', () => {
  it('the form rejects every set of rows the object would collapse into fewer keys', () => {
    const seen = tally();
    const pool = fc.constantFrom('app', 'App', 'example.com/app', 'team', 'v1');
    fc.assert(
      fc.property(fc.array(pool, { minLength: 1, maxLength: 4 }), fc.boolean(), (keys, asLabels) => {
        const rows = keys.map((key) => ({ key, value: 'v' }));
        const verdict = formAccepts(baseValues(asLabels ? { labels: rows } : { annotations: rows }));
        expect(verdict).toBe(new Set(keys).size === keys.length);
        seen.add(verdict ? 'accepted' : 'rejected');
      }),
      { numRuns: 80 },
    );
    seen.expectSeen(['accepted', 'rejected'], 8);
  });
});
