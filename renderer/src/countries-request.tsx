import { createContext, useContext, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { RequestOutput } from '../../app/contract';
import { api } from './api';
import { useRequest, type RequestState } from './use-request';

type CountryList = RequestOutput<'listCountries'>;

const CountriesContext = createContext<RequestState<CountryList> | undefined>(undefined);

/**
 * Asks `listCountries` once per screen (again whenever the route changes) for everything on it: the
 * header's search and the screen itself share the one reply.
 */
export function CountriesProvider({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [countries] = useRequest(() => api.listCountries({}), [pathname]);
  return <CountriesContext.Provider value={countries}>{children}</CountriesContext.Provider>;
}

/** The partner countries of the current screen (see `CountriesProvider`). */
export function useCountries(): RequestState<CountryList> {
  const countries = useContext(CountriesContext);
  if (countries === undefined) throw new Error('useCountries needs a CountriesProvider');
  return countries;
}
