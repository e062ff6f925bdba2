import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseStoredJson } from './parse-stored-json';

describe('parseStoredJson', () => {
  const schema = z.object({ language: z.enum(['vi', 'en']) });

  it('reads back a stored value that fits its schema', () => {
    expect(parseStoredJson(schema, JSON.stringify({ language: 'en' }))).toEqual({ language: 'en' });
  });

  it('gives nothing for no value, a value that is not JSON, and JSON the schema refuses', () => {
    expect(parseStoredJson(schema, null)).toBeUndefined();
    expect(parseStoredJson(schema, '{"language": "en"')).toBeUndefined();
    expect(parseStoredJson(schema, JSON.stringify({ language: 'fr' }))).toBeUndefined();
  });
});
