import { z } from 'zod';
import type { SyntheticDatasetSize } from './synthetic/synthetic-dataset';

export const scaleNameSchema = z.enum(['small', 'large', 'xl']);
export type ScaleName = z.infer<typeof scaleNameSchema>;

export interface BenchScale {
  name: ScaleName;
  /** `bundled`: the app's own dataset (resources/dataset/dataset.json); otherwise a synthetic one. */
  dataset: 'bundled' | SyntheticDatasetSize;
  notes: number;
  /** How many times each measurement is repeated. */
  runs: { open: number; searchRounds: number; noteSaves: number; recordSaves: number; countryPages: number; pdf: number; articleImports: number };
}

export const benchScales: Record<ScaleName, BenchScale> = {
  small: {
    name: 'small',
    dataset: 'bundled',
    notes: 200,
    runs: { open: 10, searchRounds: 20, noteSaves: 60, recordSaves: 60, countryPages: 100, pdf: 3, articleImports: 10 },
  },
  large: {
    name: 'large',
    dataset: { countries: 200, recordsPerCountry: 300 },
    notes: 10_000,
    runs: { open: 5, searchRounds: 20, noteSaves: 60, recordSaves: 60, countryPages: 100, pdf: 3, articleImports: 10 },
  },
  xl: {
    name: 'xl',
    dataset: { countries: 200, recordsPerCountry: 1_500 },
    notes: 50_000,
    runs: { open: 3, searchRounds: 10, noteSaves: 60, recordSaves: 60, countryPages: 100, pdf: 3, articleImports: 10 },
  },
};
