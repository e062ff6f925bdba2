import { flagCodes, flagSpriteUrl } from 'virtual:country-flag-sprite';

const codes = new Set(flagCodes);

/**
 * The bundled flag of a country (ISO alpha-2 code): a view of the one flag sprite served with the app,
 * so that every flag on a screen comes from one file. Undefined when there is none.
 */
export function countryFlagUrl(code: string): string | undefined {
  return codes.has(code) ? `${flagSpriteUrl}#${code}` : undefined;
}
