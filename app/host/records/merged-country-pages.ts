import type { CountryPage, Handlers } from '../../contract';
import type { CountryCode } from '../../shared/records/record-schema';

/**
 * The merged view's pages (reference and the officer's layer), through the same request the country page
 * makes: of one country, or of every country the folder or the partner list knows, in code order.
 */
export async function mergedCountryPages(handlers: Handlers, country?: CountryCode): Promise<CountryPage[]> {
  if (country !== undefined) return [await handlers.getCountry({ code: country })];
  const [countries, partners] = await Promise.all([handlers.listCountries({}), handlers.listPartners({})]);
  const codes = [...new Set([...countries.map((summary) => summary.country.code), ...partners.map((summary) => summary.partner.code)])].sort();
  return Promise.all(codes.map((code) => handlers.getCountry({ code })));
}
