import { describe, expect, it } from 'vitest';
import { classesDefinedTwice } from './duplicated-classes.js';

describe('classesDefinedTwice', () => {
  it('finds a class that each CommonJS entry point carries a copy of', () => {
    // The shape tsup gave @todo/ports before its CommonJS build used code splitting.
    const files = new Map([
      ['index.cjs', 'var InvalidCursorError = (_class4 = class extends Error {\n}, _class4);'],
      [
        'testing/index.cjs',
        'var InvalidCursorError = (_class = class extends Error {\n}, _class);',
      ],
      ['index.js', 'var InvalidCursorError = class extends Error {\n};'],
    ]);

    expect(classesDefinedTwice(files)).toEqual([
      'CommonJS class InvalidCursorError in index.cjs, testing/index.cjs',
    ]);
  });

  it('finds ESM copies written as class declarations', () => {
    const files = new Map([
      ['a.js', 'export class Clock {}\n'],
      ['b.js', 'class Clock {\n}\n'],
    ]);

    expect(classesDefinedTwice(files)).toEqual(['ESM class Clock in a.js, b.js']);
  });

  it('accepts one shared chunk that every entry point requires', () => {
    const files = new Map([
      [
        'chunk-LUIBNXZM.cjs',
        'var TodoNotFoundError = (_class = class extends Error {\n}, _class);',
      ],
      ['index.cjs', "var _chunk = require('./chunk-LUIBNXZM.cjs');"],
      ['testing/index.cjs', "var _chunk = require('../chunk-LUIBNXZM.cjs');"],
      ['chunk-PECOM2LS.js', 'var TodoNotFoundError = class extends Error {\n};'],
    ]);

    expect(classesDefinedTwice(files)).toEqual([]);
  });
});
