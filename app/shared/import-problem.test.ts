import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { importProblemOf } from './import-problem';

const schema = z.strictObject({ id: z.string().regex(/^[a-z]+$/), kind: z.enum(['a', 'b']), tags: z.array(z.string().max(3)), pinned: z.boolean() });
const problem = (input: unknown) => importProblemOf(schema.safeParse(input).error?.issues[0]);
const valid = { id: 'x', kind: 'a', tags: [], pinned: false };

describe('importProblemOf', () => {
  it('names each kind of zod issue with the field it is about', () => {
    expect(problem({ ...valid, pinned: undefined })).toEqual({ problem: 'missing', field: 'pinned' });
    expect(problem({ ...valid, pinned: 'yes' })).toEqual({ problem: 'wrong-type', field: 'pinned' });
    expect(problem({ ...valid, kind: 'c' })).toEqual({ problem: 'wrong-value', field: 'kind' });
    expect(problem({ ...valid, tags: ['long'] })).toEqual({ problem: 'too-long', field: 'tags.0' });
    expect(problem({ ...valid, id: 'X1' })).toEqual({ problem: 'wrong-format', field: 'id' });
    expect(problem({ ...valid, extra: 1 })).toEqual({ problem: 'unknown-field', field: 'extra' });
  });
});
