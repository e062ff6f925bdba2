import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../package-root';
import { loadBundledDataset } from './load-bundled-dataset';
import type { Dataset, RecordOfKind } from '../../shared/records/record-schema';
import { createRecordsService, type RecordsService } from './records-service';
import { isArticleSource } from '../../shared/records/source-kinds';

const seedsDir = path.resolve(packageRoot(), '../shared/seeds');
const haveSeeds = existsSync(seedsDir);

let dataset: Dataset;
let service: RecordsService;

beforeAll(async () => {
  dataset = await loadBundledDataset();
  service = createRecordsService(dataset);
});

const usd = (value: number) => ({ value, currency: 'USD' });
const name = (en: string) => ({ name: { en } });
const TO_LAM = { name: { vi: 'Tô Lâm' }, title: { en: 'General Secretary of the Communist Party of Vietnam Central Committee' }, country: 'VN' };

/** Facts stated in the seed articles: record id, and what that record must say. */
const facts: [fact: string, id: string, expected: Record<string, unknown>][] = [
  // Azerbaijan
  ['AZ: diplomatic relations established 23/9/1992', 'az-relations-1992', { kind: 'relations', country: 'AZ', date: '1992-09-23' }],
  ['AZ: 30-years seminar at the Diplomatic Academy, 19/7/2022', 'az-milestone-seminar-30-years-2022', { kind: 'milestone', date: '2022-07-19' }],
  ['AZ: diplomatic academies cooperation agreement signed at the seminar', 'az-agreement-diplomatic-academies-2022', { kind: 'agreement', date: '2022-07-19', level: 'agency' }],
  ['AZ: intergovernmental committee on economic, trade, scientific and technical cooperation', 'az-mechanism-intergovernmental-committee', { kind: 'mechanism', mechanism: { en: 'Vietnam–Azerbaijan Intergovernmental Committee on Economic, Trade, Scientific and Technical Cooperation' } }],
  ['AZ: its 3rd session planned for late 2022', 'az-mechanism-intergovernmental-committee-session-3', { kind: 'mechanism', session: 3, date: '2022' }],
  ['AZ: President Ilham Aliyev state visit to Vietnam 18–20/5/2014 (the machine translation says "official")', 'az-visit-2014-05', { kind: 'visit', date: '2014-05-18', dateEnd: '2014-05-20', direction: 'to-vietnam', level: 'state', title: { en: "President Ilham Aliyev's state visit to Vietnam" }, principal: { ...name('Ilham Aliyev'), title: { en: 'President of the Republic of Azerbaijan' }, country: 'AZ' } }],
  ['AZ: summit talks on 19/5/2014', 'az-milestone-summit-talks-2014', { kind: 'milestone', date: '2014-05-19' }],
  ['AZ: visa exemption for diplomatic and official passports, May 2014', 'az-agreement-visa-exemption-2014', { kind: 'agreement', date: '2014-05', level: 'government', parties: { en: 'Vietnam and Azerbaijan' } }],
  ['AZ: trade 2013 USD 325 million', 'az-trade-2013', { kind: 'trade', year: 2013, flow: 'turnover', amount: usd(325_000_000) }],
  ['AZ: oil and gas cooperation', 'az-cooperation-oil-gas', { kind: 'cooperation', area: { en: 'Oil and gas' } }],
  ['AZ: defence cooperation resumed', 'az-cooperation-defence', { kind: 'cooperation', area: { en: 'Defence' } }],
  ['AZ: education and training cooperation resumed', 'az-cooperation-education', { kind: 'cooperation', area: { en: 'Education and training' } }],
  ['AZ: state visit of General Secretary Tô Lâm, May 2025', 'az-visit-2025-05', { kind: 'visit', date: '2025-05', direction: 'from-vietnam', level: 'state', principal: TO_LAM }],
  // Russia
  ['RU: diplomatic relations (with the USSR) established 30/1/1950', 'ru-relations-1950', { kind: 'relations', country: 'RU', date: '1950-01-30' }],
  ['RU: Treaty on the Basic Principles of Friendly Relations, 16/6/1994', 'ru-agreement-friendship-treaty-1994', { kind: 'agreement', date: '1994-06-16', level: 'state' }],
  ['RU: Strategic Partnership 2001', 'ru-framework-strategic-partnership-2001', { kind: 'framework', date: '2001', framework: { en: 'Strategic Partnership', vi: 'Đối tác chiến lược' } }],
  ['RU: Comprehensive Strategic Partnership 2012', 'ru-framework-comprehensive-strategic-partnership-2012', { kind: 'framework', date: '2012', framework: { en: 'Comprehensive Strategic Partnership', vi: 'Đối tác chiến lược toàn diện' } }],
  ['RU: President Putin visit in 2001', 'ru-visit-2001', { kind: 'visit', date: '2001', principal: name('Vladimir Putin') }],
  ['RU: President Putin state visit 19–20/6/2024', 'ru-visit-2024-06', { kind: 'visit', date: '2024-06-19', dateEnd: '2024-06-20', direction: 'to-vietnam', level: 'state', principal: { ...name('Vladimir Putin'), title: { en: 'President of the Russian Federation' }, country: 'RU' }, counterparts: [name('Nguyễn Phú Trọng')] }],
  ['RU: treaty 30th anniversary 16/6/2024', 'ru-milestone-friendship-treaty-30-years', { kind: 'milestone', date: '2024-06-16' }],
  ['RU: about 80 basic legal documents', 'ru-cooperation-legal-framework', { kind: 'cooperation', summary: { en: expect.stringContaining('about 80') } }],
  ['RU: official visit of General Secretary Tô Lâm, May 2025', 'ru-visit-2025-05', { kind: 'visit', date: '2025-05', level: 'official', direction: 'from-vietnam', principal: TO_LAM }],
  ['RU: Vietnam–EAEU FTA signed 29/5/2015', 'ru-agreement-vn-eaeu-fta-2015', { kind: 'agreement', date: '2015-05-29' }],
  ['RU: energy, oil and gas a bright spot', 'ru-cooperation-energy-oil-gas', { kind: 'cooperation', area: { en: 'Energy, oil and gas' } }],
  // Belarus
  ['BY: visa exemption for ordinary passports signed 8/12/2023', 'by-agreement-visa-exemption-2023', { kind: 'agreement', country: 'BY', date: '2023-12-08', level: 'government', parties: { en: 'Government of Vietnam and Government of Belarus' } }],
  ['BY: President Hồ Chí Minh visited Belarus in 1957', 'by-visit-1957', { kind: 'visit', date: '1957', direction: 'from-vietnam', principal: name('Hồ Chí Minh') }],
  ['BY: President Hồ Chí Minh visited Belarus in 1961', 'by-visit-1961', { kind: 'visit', date: '1961', direction: 'from-vietnam', principal: name('Hồ Chí Minh') }],
  ['BY: state visit of General Secretary Tô Lâm, May 2025', 'by-visit-2025-05', { kind: 'visit', date: '2025-05', level: 'state', direction: 'from-vietnam', principal: TO_LAM }],
  ['BY: trade 2023 a record of over USD 65 million', 'by-trade-2023', { kind: 'trade', year: 2023, flow: 'turnover', amount: { ...usd(65_000_000), qualifier: 'more-than' } }],
  ['BY: intergovernmental committee met in Hà Nội 1/4/2025', 'by-mechanism-intergovernmental-committee-session-2025', { kind: 'mechanism', date: '2025-04-01' }],
  ['BY: Vietnam EXPO 2025, 2–5/4/2025', 'by-milestone-vietnam-expo-2025', { kind: 'milestone', date: '2025-04-02', dateEnd: '2025-04-05' }],
  ['BY: business forum with over 70 businesses', 'by-milestone-business-forum-2025', { kind: 'milestone', date: '2025-04', summary: { en: expect.stringContaining('more than 70') } }],
  ['BY: 2025 EAEU chair supports Vietnamese goods', 'by-multilateral-eaeu-chair-2025', { kind: 'multilateral', support: 'partner-supports-vietnam', term: '2025' }],
  ['BY: President Tô Lâm received Ambassador Baravikou 3/7/2024', 'by-milestone-ambassador-received-2024', { kind: 'milestone', date: '2024-07-03' }],
  ['BY: thousands of students, postgraduates and workers trained', 'by-people-education', { kind: 'people', topic: 'education' }],
  ['BY: Belarusian vehicle-assembly joint venture in Hưng Yên', 'by-investment-hung-yen-vehicle-assembly', { kind: 'investment', direction: 'into-vietnam' }],
  ['BY: Vietnam–EAEU FTA', 'by-agreement-vn-eaeu-fta-2015', { kind: 'agreement', date: '2015-05-29' }],
  // Kyrgyzstan
  ['KG: Vietnam recognised independence 27/12/1991', 'kg-milestone-recognition-1991', { kind: 'milestone', date: '1991-12-27' }],
  ['KG: protocol on diplomatic relations 4/6/1992', 'kg-relations-1992', { kind: 'relations', country: 'KG', date: '1992-06-04' }],
  ['KG: trade 2017–2021 USD 1.36 million a year', 'kg-trade-2017-2021', { kind: 'trade', year: 2017, dateEnd: '2021', amount: usd(1_360_000) }],
  ['KG: trade 2022 USD 4.5 million', 'kg-trade-2022', { kind: 'trade', year: 2022, flow: 'turnover', amount: usd(4_500_000) }],
  ['KG: trade 2023 USD 7.5 million', 'kg-trade-2023', { kind: 'trade', year: 2023, flow: 'turnover', amount: usd(7_500_000) }],
  ['KG: trade 2024 USD 13.5 million', 'kg-trade-2024', { kind: 'trade', year: 2024, flow: 'turnover', amount: usd(13_500_000) }],
  ['KG: 1 project, USD 5 million, 83rd of 148, as of 31/10/2024', 'kg-investment-2024', { kind: 'investment', date: '2024-10-31', direction: 'into-vietnam', projects: 1, capital: usd(5_000_000), rank: 83, rankOutOf: 148 }],
  ['KG: about 100 Vietnamese in Kyrgyzstan', 'kg-people-vietnamese-community', { kind: 'people', topic: 'community', count: 100 }],
  ['KG: unilateral 60-day visa exemption for Vietnamese', 'kg-people-visa-exemption', { kind: 'people', topic: 'visa', summary: { en: expect.stringContaining('60 days') } }],
  ['KG: PM Kasymaliev official visit 6–7/3/2025', 'kg-visit-2025-03', { kind: 'visit', date: '2025-03-06', dateEnd: '2025-03-07', direction: 'to-vietnam', level: 'official', principal: { ...name('Adylbek Kasymaliev'), country: 'KG' }, counterparts: [name('Phạm Minh Chính')] }],
  ['KG: Deputy FM Nguyễn Quốc Cường visit, March 2009', 'kg-visit-2009-03', { kind: 'visit', date: '2009-03', direction: 'from-vietnam', principal: name('Nguyễn Quốc Cường') }],
  ['KG: political consultations between foreign ministries, March 2009', 'kg-mechanism-political-consultations-2009', { kind: 'mechanism', date: '2009-03' }],
  ['KG: FM Abdyldaev visit, February 2014', 'kg-visit-2014-02', { kind: 'visit', date: '2014-02', direction: 'to-vietnam', principal: name('Erlan Abdyldaev') }],
  ['KG: foreign ministries MoU, February 2014', 'kg-agreement-foreign-ministries-mou-2014', { kind: 'agreement', date: '2014-02', level: 'ministry' }],
  ['KG: NA Vice Chairman Nguyễn Khắc Định visit, September 2023', 'kg-visit-2023-09', { kind: 'visit', date: '2023-09', direction: 'from-vietnam', principal: { ...name('Nguyễn Khắc Định'), title: { en: 'Vice Chairman of the National Assembly' } } }],
  ['KG: deputy foreign ministers phone call 17/2/2025', 'kg-milestone-phone-call-2025-02-17', { kind: 'milestone', date: '2025-02-17' }],
  ['KG: supported Vietnam for UNSC 2008–2009', 'kg-multilateral-unsc-2008-2009', { kind: 'multilateral', support: 'partner-supports-vietnam', term: '2008-2009' }],
  ['KG: supported Vietnam for UNSC 2020–2021', 'kg-multilateral-unsc-2020-2021', { kind: 'multilateral', support: 'partner-supports-vietnam', term: '2020-2021' }],
  ['KG: supported Vietnam for the Human Rights Council 2023–2025', 'kg-multilateral-human-rights-council-2023-2025', { kind: 'multilateral', support: 'partner-supports-vietnam', term: '2023-2025' }],
  ['KG: supported Vietnam for the UPU Postal Operations Council 2022–2025', 'kg-multilateral-upu-postal-operations-council-2022-2025', { kind: 'multilateral', support: 'partner-supports-vietnam', term: '2022-2025' }],
  ['KG: supported Vietnam joining the WTO', 'kg-multilateral-wto-accession', { kind: 'multilateral', support: 'partner-supports-vietnam' }],
  ['KG: Vietnam supported Kyrgyzstan for ECOSOC 2013–2015', 'kg-multilateral-ecosoc-2013-2015', { kind: 'multilateral', support: 'vietnam-supports-partner', term: '2013-2015' }],
  ['KG: mutual support at the UN', 'kg-multilateral-mutual-support', { kind: 'multilateral', support: 'mutual' }],
  ['KG: Vietnam–EAEU FTA', 'kg-agreement-vn-eaeu-fta-2015', { kind: 'agreement', date: '2015-05-29', summary: { en: expect.stringContaining('5 October 2016') } }],
  // Kazakhstan
  ['KZ: state visit of General Secretary Tô Lâm, May 2025', 'kz-visit-2025-05', { kind: 'visit', country: 'KZ', date: '2025-05', level: 'state', direction: 'from-vietnam', principal: TO_LAM }],
  ['KZ: Vietnam–EAEU FTA', 'kz-agreement-vn-eaeu-fta-2015', { kind: 'agreement', date: '2015-05-29' }],
  ['KZ: Vietnam has an embassy in Kazakhstan', 'kz-milestone-vietnam-embassy', { kind: 'milestone' }],
  // Corrections from a second reading of the seeds (issue 13)
  ['AZ: Hà Kim Ngọc found many fields modest, Mammadov agreed on some fields', 'az-cooperation-assessment', { summary: { vi: expect.stringContaining('hợp tác trong một số lĩnh vực'), en: expect.stringContaining('cooperation in some fields') } }],
  ['AZ: the 3rd committee session was planned, not held', 'az-mechanism-intergovernmental-committee-session-3', { status: 'planned' }],
  ['AZ: the May 2025 leg rests on a related-news headline, not high confidence', 'az-visit-2025-05', { sources: [{ passageRole: 'related-headline', confidence: 'medium' }] }],
  ['KZ: the May 2025 leg rests on a related-news headline, not high confidence', 'kz-visit-2025-05', { sources: [{ passageRole: 'related-headline', confidence: 'medium' }] }],
  ['RU: the May 2025 leg rests on a related-news headline, not high confidence', 'ru-visit-2025-05', { sources: [{ passageRole: 'related-headline', confidence: 'medium' }] }],
  ['BY: the state visit was upcoming on 9 May 2025', 'by-visit-2025-05', { status: 'planned', summary: { en: expect.stringContaining('upcoming state visit') } }],
  ['BY: the meeting with former specialists was planned', 'by-people-meeting-former-specialists-2025', { status: 'planned' }],
  ['RU: FTA names Russia once among the five EAEU members', 'ru-agreement-vn-eaeu-fta-2015', { summary: { en: expect.stringContaining('Russia is one of the five members of the EAEU, with Kazakhstan, Kyrgyzstan, Armenia and Belarus.') } }],
  ['BY: FTA names Belarus once among the five EAEU members', 'by-agreement-vn-eaeu-fta-2015', { summary: { en: expect.stringContaining('Belarus is one of the five members of the EAEU, with Russia, Kazakhstan, Kyrgyzstan and Armenia.') } }],
  ['KG: FTA names Kyrgyzstan once among the five EAEU members', 'kg-agreement-vn-eaeu-fta-2015', { summary: { vi: expect.stringContaining('Kyrgyzstan là một trong năm thành viên của EAEU, cùng Nga, Kazakhstan, Armenia và Belarus.') } }],
  ['KZ: FTA names Kazakhstan once among the five EAEU members', 'kz-agreement-vn-eaeu-fta-2015', { summary: { en: expect.stringContaining('Kazakhstan is one of the five members of the EAEU, with Russia, Kyrgyzstan, Armenia and Belarus.') } }],
  ['RU: in 2001 a joint statement establishing the Strategic Partnership was signed', 'ru-visit-2001', { summary: { en: expect.stringContaining('signed a joint statement establishing the Strategic Partnership') } }],
  ['RU: Nguyễn Đăng Phát is the source of the 2001 statement', 'ru-framework-strategic-partnership-2001', { summary: { vi: expect.stringContaining('Theo ông Nguyễn Đăng Phát, Tổng Thư ký Hội Hữu nghị Việt Nam – Liên bang Nga') } }],
  ['RU: Nguyễn Đăng Phát is the source of the 2012 upgrade', 'ru-framework-comprehensive-strategic-partnership-2012', { summary: { en: expect.stringContaining('According to Nguyễn Đăng Phát') } }],
  ['RU: Nguyễn Đăng Phát is the source of the about 80 documents', 'ru-cooperation-legal-framework', { summary: { en: expect.stringContaining('According to Nguyễn Đăng Phát') } }],
  ['KG: economic and trade cooperation "ở mức trung bình" is average, not modest', 'kg-cooperation-economy-trade', { summary: { en: expect.stringContaining('at an average level') } }],
  ['KG: trade 2017–2021 stated as USD 1.36 million a year, with no "about"', 'kg-trade-2017-2021', { summary: { vi: expect.stringContaining('ở mức 1,36 triệu USD mỗi năm'), en: 'From 2017 to 2021 bilateral trade held at USD 1.36 million a year.' } }],
  ['BY: Soviet-era specialists "left a part of their flesh and blood", not "shed their blood"', 'by-people-soviet-era-specialists', { summary: { vi: expect.stringContaining('để lại một phần xương máu'), en: expect.stringContaining('"left a part of their flesh and blood"') } }],
  ['KG: the embassy in the Republic of Korea, named one way', 'kg-milestone-kyrgyz-embassy-accreditation', { title: { en: "Kyrgyzstan's Embassy in the Republic of Korea covers Vietnam" } }],
  ['KG: FM Abdyldaev named one way in both languages', 'kg-visit-2014-02', { principal: { name: { vi: 'Erlan Abdyldaev', en: 'Erlan Abdyldaev' } } }],
  ['KG: FM Bùi Thanh Sơn congratulated FM Kulubaev on 4/6/2022', 'kg-milestone-message-30-years-2022', { kind: 'milestone', date: '2022-06-04', summary: { en: expect.stringContaining('Foreign Minister Bùi Thanh Sơn sent a message of congratulations to Kyrgyzstan\'s Foreign Minister Jeenbek Kulubaev') } }],
];

describe('bundled dataset: facts from the seed articles', () => {
  it('has at least 50 facts in the table', () => {
    expect(facts.length).toBeGreaterThanOrEqual(50);
  });

  it.each(facts)('%s', async (_fact, id, expected) => {
    const record = await service.findRecord(id);
    expect(record, `record ${id}`).toBeDefined();
    expect(record).toMatchObject(expected);
  });

  it('lists the five countries, each with records', () => {
    const summaries = service.listCountries();
    expect(summaries.map((s) => s.country.code)).toEqual(['AZ', 'RU', 'BY', 'KG', 'KZ']);
    for (const summary of summaries) expect(summary.recordCount, summary.country.code).toBeGreaterThan(0);
    expect(service.findCountry('KG')?.officialName?.en).toBe('Kyrgyz Republic');
  });

  it('has the Kyrgyzstan trade series in date order', async () => {
    const trade = (await service.listCountryRecords('KG', ['trade'])) as RecordOfKind<'trade'>[];
    expect(trade.map((r) => [r.year, r.amount.value])).toEqual([
      [2017, 1_360_000],
      [2022, 4_500_000],
      [2023, 7_500_000],
      [2024, 13_500_000],
    ]);
  });

  it('records establishment of relations only where an article states it', () => {
    const relations = dataset.records.filter((r) => r.kind === 'relations').map((r) => `${r.country} ${r.date}`);
    expect(relations.sort()).toEqual(['AZ 1992-09-23', 'KG 1992-06-04', 'RU 1950-01-30']);
  });

  it('names the May 2014 host correctly and marks the garbled passages', async () => {
    const visit = (await service.findRecord('az-visit-2014-05')) as RecordOfKind<'visit'>;
    expect(visit.counterparts.map((p) => p.name.vi)).toContain('Trương Tấn Sang');
    expect(visit.sources.every((s) => s.confidence !== 'high' && isArticleSource(s) && s.correction !== undefined)).toBe(true);
    const kasymaliev = await service.findRecord('kg-visit-2025-03');
    expect(kasymaliev?.summary.en).toContain('first visit to Vietnam by a head of the Kyrgyz government');
  });

  it('links visits to their agreements', async () => {
    expect((await service.findRecord('az-visit-2014-05'))?.related).toContain('az-agreement-visa-exemption-2014');
    expect((await service.findRecord('kg-visit-2014-02'))?.related).toContain('kg-agreement-foreign-ministries-mou-2014');
  });
});

describe('bundled dataset: integrity', () => {
  it('uses unique, country-prefixed ids', () => {
    const ids = dataset.records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const record of dataset.records) expect(record.id.startsWith(`${record.country.toLowerCase()}-`), record.id).toBe(true);
  });

  it('never carries a garbled name from article 002 outside a quoted passage', () => {
    const garbled = /Trương Nghệ Mưu|Trương Quốc Vinh|Yi Hamu|Albania/i;
    const leaks: string[] = [];
    const quoted: string[] = [];
    walkStrings(dataset, [], (value, at) => {
      if (!garbled.test(value)) return;
      const isPassage = (at.at(-1) === 'passage' && at.at(-3) === 'sources') || (at[0] === 'articles' && at.at(-1) === 'title');
      (isPassage ? quoted : leaks).push(at.join('.'));
    });
    expect(leaks).toEqual([]);
    expect(quoted.length).toBeGreaterThan(0); // the garbled passages are quoted as published
  });

  it('keeps the verbatim headline of article 002 and gives its corrected title beside it', () => {
    const article = dataset.articles.find((a) => a.id === 'art-002-mt-az-aliyev-visit');
    expect(article?.title).toBe('Chủ tịch nước Trương Nghệ Mưu trân trọng chào mừng Tổng thống nước Cộng hòa Azerbaijan');
    expect(article?.displayTitle).toMatchObject({ vi: 'Chủ tịch nước Trương Tấn Sang trân trọng chào mừng Tổng thống nước Cộng hòa Azerbaijan', en: 'President Trương Tấn Sang welcomes the President of the Republic of Azerbaijan' });
    expect(article?.quality?.en).toContain('the display title gives the President\'s right name, Trương Tấn Sang');
  });

  it.skipIf(!haveSeeds)('keeps every article title verbatim from its seed file', () => {
    for (const article of dataset.articles) {
      expect(article.file, `${article.id} names its seed file`).toBeDefined();
      expect(readFileSync(path.join(seedsDir, article.file ?? ''), 'utf8').normalize('NFC'), article.id).toContain(article.title);
    }
  });

  it('gives every record from article 002 a medium or low confidence', () => {
    const from002 = dataset.records.flatMap((r) => r.sources.filter(isArticleSource)).filter((s) => s.article === 'art-002-mt-az-aliyev-visit');
    expect(from002.length).toBeGreaterThan(0);
    expect(from002.filter((s) => s.confidence === 'high')).toEqual([]);
  });

  it.skipIf(!haveSeeds)('quotes every passage verbatim from its seed file', () => {
    const seeds = new Map(
      dataset.articles.map((a) => [a.id, readFileSync(path.join(seedsDir, a.file ?? ''), 'utf8').normalize('NFC')]),
    );
    const missing = dataset.records.flatMap((r) =>
      r.sources
        .filter(isArticleSource)
        .filter((s) => !seeds.get(s.article)?.includes(s.passage.normalize('NFC')))
        .map((s) => `${r.id}: ${s.passage.slice(0, 60)}`),
    );
    expect(missing).toEqual([]);
  });

  it('stores all text in NFC, with both languages filled', () => {
    const problems: string[] = [];
    walkStrings(dataset, [], (value, at) => {
      if (value !== value.normalize('NFC')) problems.push(`not NFC: ${at.join('.')}`);
      if ((at.at(-1) === 'vi' || at.at(-1) === 'en') && value.trim() === '') problems.push(`empty: ${at.join('.')}`);
    });
    expect(problems).toEqual([]);
  });
});

function walkStrings(value: unknown, at: (string | number)[], visit: (value: string, at: (string | number)[]) => void): void {
  if (typeof value === 'string') visit(value, at);
  else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, [...at, i], visit));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) walkStrings(child, [...at, key], visit);
  }
}
