import { z } from 'zod';

/** An amount as the source states it. */
export const moneySchema = z.object({
  /** The amount in whole units of the currency, e.g. 13500000 for 13.5 million. */
  value: z.number().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** How the source states it: "hơn" (more than), "gần" (nearly), "khoảng" (about), "đến"/"lên tới" (up to). */
  qualifier: z.enum(['more-than', 'nearly', 'about', 'up-to']).optional(),
});
export type Money = z.infer<typeof moneySchema>;
export type AmountQualifier = NonNullable<Money['qualifier']>;
