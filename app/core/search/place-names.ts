import { z } from 'zod';
import placeNamesFile from '../../../resources/search/place-names.json';
import { countryCodeSchema } from '../../shared/records/record-schema';

/**
 * `resources/search/place-names.json`, a reviewed list: for each country, the other names officers type
 * for it (Vietnamese transliterations, older forms, main cities), beside the dataset's own names and
 * capital. Bundled with the code that reads it; checked when first read.
 */
export const placeNamesFileSchema = z.object({
  schemaVersion: z.literal(1),
  about: z.string().optional(),
  countries: z.record(countryCodeSchema, z.array(z.string().min(1))),
});

/** Other names of each country, by ISO code, in NFC. */
export type PlaceNames = ReadonlyMap<string, readonly string[]>;

export function toPlaceNames(file: unknown): PlaceNames {
  const { countries } = placeNamesFileSchema.parse(file);
  return new Map(Object.entries(countries).map(([code, names]) => [code, names.map((name) => name.normalize('NFC'))]));
}

let bundled: PlaceNames | undefined;

/** The place names the app ships. */
export function bundledPlaceNames(): PlaceNames {
  bundled ??= toPlaceNames(placeNamesFile);
  return bundled;
}
