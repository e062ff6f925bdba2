const flagFiles = import.meta.glob<string>('../../node_modules/country-flag-icons/3x2/*.svg', {
  eager: true,
  query: '?no-inline',
  import: 'default',
});

const flagUrls = new Map(
  Object.entries(flagFiles).map(([file, url]) => [/([A-Z-]+)\.svg$/.exec(file)?.[1] ?? file, url]),
);

/** The bundled flag of a country (ISO alpha-2 code), served with the app; undefined when there is none. */
export function countryFlagUrl(code: string): string | undefined {
  return flagUrls.get(code);
}
