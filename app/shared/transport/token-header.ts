/** The header in which the browser client sends the host's token with every API call. */
export const TOKEN_HEADER = 'x-country-desk-token';
