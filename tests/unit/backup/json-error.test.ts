import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../../utils/backup/json-error';

describe('jsonErrorOffset', () => {
  it('accepts everything JSON.parse accepts', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, "x\\n\\u00e9", true, false, null, {"b": {}}]} ', '"s"', '0', '[[[[]]]]']) {
      expect(jsonErrorOffset(text), text).toBeUndefined();
    }
  });

  it('points at the first wrong character', () => {
    expect(jsonErrorOffset('{"people": [,]}')).toBe(12);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('{"a": "x\ty"}')).toBe(8);
    expect(jsonErrorOffset('{} x')).toBe(3);
    expect(jsonErrorOffset('[1]]')).toBe(3);
  });

  it('says where a cut-off text ends', () => {
    expect(jsonErrorOffset('{"a": [1, 2')).toBe(11);
    expect(jsonErrorOffset('')).toBe(0);
  });

  it('agrees with JSON.parse on random damage, and survives deep nesting', () => {
    const base = JSON.stringify({ people: [{ id: 'a', name: 'Zoë', tags: ['x', 1, null, true] }], n: -1.5e2 });
    for (let i = 0; i < base.length; i++) {
      for (const insert of [',', '}', '"', 'x', ' ']) {
        const text = base.slice(0, i) + insert + base.slice(i);
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonErrorOffset(text) === undefined, text).toBe(valid);
      }
    }
    expect(jsonErrorOffset('['.repeat(100_000) + ']'.repeat(100_000))).toBeUndefined();
  });
});

describe('jsonErrorOffset on cut-off texts', () => {
  it('reports the end for a string, escape or literal cut short', () => {
    for (const text of ['{"a": "hel', '{"a": "x\\', '{"a": "\\u00', '{"a": tr', '{"hea', '[nul']) {
      expect(jsonErrorOffset(text), text).toBe(text.length);
    }
  });
});
