import type { Country, Person } from '../../shared/records/record-schema';
import { bilingual } from './bilingual';
import type { SeededRandom } from './seeded-random';
import {
  foreignFamilyNames,
  foreignGivenNames,
  partnerOfficeTitles,
  vietnameseFamilyNames,
  vietnameseGivenNames,
  vietnameseLeaders,
  vietnameseMiddleNames,
  vietnameseOfficeTitles,
} from './vietnamese-words';

/** A Vietnamese official: a real leader now and then, otherwise family, middle and given name. */
export function vietnameseOfficial(random: SeededRandom): Person {
  const name = random.chance(0.15)
    ? random.pick(vietnameseLeaders)
    : `${random.pick(vietnameseFamilyNames)} ${random.pick(vietnameseMiddleNames)} ${random.pick(vietnameseGivenNames)}`;
  return { name: bilingual({ vi: name, en: name }), title: bilingual(random.pick(vietnameseOfficeTitles)), country: 'VN' };
}

/** An official of the partner country, titled with the country's name: "Tổng thống Ba Lan". */
export function partnerOfficial(random: SeededRandom, country: Country): Person {
  const name = `${random.pick(foreignGivenNames)} ${random.pick(foreignFamilyNames)}`;
  const title = random.pick(partnerOfficeTitles);
  return {
    name: bilingual({ vi: name, en: name }),
    title: bilingual({ vi: `${title.vi} ${country.name.vi}`, en: `${title.en} of ${country.name.en}` }),
    country: country.code,
  };
}
