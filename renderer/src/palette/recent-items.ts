import { z } from 'zod';
import { countryCodeSchema } from '../../../app/shared/records/record-schema';
import { parseStoredJson } from '../parse-stored-json';

/** What the officer opened lately: a country's page, its brief, a note; newest first. */
const recentItemSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('country'), country: countryCodeSchema }),
  z.object({ type: z.literal('brief'), country: countryCodeSchema }),
  z.object({
    type: z.literal('note'),
    country: countryCodeSchema,
    id: z.string().min(1),
    title: z.string(),
    recordId: z.string().optional(),
  }),
]);
export type RecentItem = z.infer<typeof recentItemSchema>;

export const RECENT_STORAGE_KEY = 'country-desk.recent';
export const RECENT_MAX = 8;

const sameItem = (a: RecentItem, b: RecentItem) =>
  a.type === b.type && a.country === b.country && (a.type !== 'note' || (b.type === 'note' && a.id === b.id));

/** The stored list; what does not parse (nothing stored, an edited value) is no list. */
export function parseRecentItems(stored: string | null): RecentItem[] {
  return (parseStoredJson(z.array(recentItemSchema), stored) ?? []).slice(0, RECENT_MAX);
}

/** The list with `item` first, once, and at most `RECENT_MAX` items. */
export function withRecentItem(items: readonly RecentItem[], item: RecentItem): RecentItem[] {
  return [item, ...items.filter((other) => !sameItem(other, item))].slice(0, RECENT_MAX);
}
