import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { briefDataGaps, currentFramework, outlineCountry, recordSection, recordsInPrintOrder } from '../../shared/briefs/brief-outline';
import { briefSections, type BriefSpec } from '../../shared/briefs/brief-spec';
import type { Dataset } from '../../shared/records/record-schema';
import { bundledDatasetPath } from '../records/load-bundled-dataset';
import { createRecordsService } from '../records/records-service';
import { collectBriefData } from './collect-brief-data';

const dataset = JSON.parse(readFileSync(bundledDatasetPath(), 'utf8')) as Dataset;
const records = createRecordsService(dataset);
const noNotes = { listCountryNotes: async () => [] };
const fullSpec = (code: string): BriefSpec => ({ countries: [code], language: 'vi', sections: [...briefSections], notes: 'all', prepared: '2026-12-01' });

describe('a full brief of each seed country', () => {
  it.each(['AZ', 'RU', 'BY', 'KG', 'KZ'])('%s holds every one of its records, each in exactly one section', async (code) => {
    const data = await collectBriefData(records, fullSpec(code), noNotes);
    const printed = recordsInPrintOrder(data.countries[0]!, data.spec).map((record) => record.id);
    const all = (await records.listCountryRecords(code)).map((record) => record.id);
    expect(new Set(printed).size).toBe(printed.length);
    expect([...printed].sort()).toEqual([...all].sort());
  });

  it('keeps dated and undated records apart in every section', async () => {
    const data = await collectBriefData(records, fullSpec('BY'), noNotes);
    for (const { dated, undated } of outlineCountry(data.countries[0]!, data.spec)) {
      expect(dated.every((record) => record.date !== undefined)).toBe(true);
      expect(undated.every((record) => record.date === undefined)).toBe(true);
    }
  });

  it('puts the missions and the framework in force in basic information, earlier frameworks in political relations', async () => {
    const kg = await records.listCountryRecords('KG');
    const accreditations = kg.filter((record) => record.id.endsWith('embassy-accreditation'));
    expect(accreditations).toHaveLength(2);
    for (const record of accreditations) expect(recordSection(record, currentFramework(kg))).toBe('basic');
    const ru = await records.listCountryRecords('RU');
    const place = (id: string) => recordSection(ru.find((record) => record.id === id)!, currentFramework(ru));
    expect(place('ru-framework-comprehensive-strategic-partnership-2012')).toBe('basic');
    expect(place('ru-framework-strategic-partnership-2001')).toBe('political');
    expect(place('ru-cooperation-economy-priority')).toBe('economy');
    expect(place('ru-cooperation-legal-framework')).toBe('agreements');
  });

  it('names what a country has no data for', async () => {
    expect(briefDataGaps(await records.listCountryRecords('KZ'))).toEqual(expect.arrayContaining(['economy', 'multilateral', 'people']));
    expect(briefDataGaps(await records.listCountryRecords('RU'))).toContain('trade-figures');
    expect(briefDataGaps(await records.listCountryRecords('KG'))).not.toContain('trade-figures');
  });

  it('prints the talking points apart from the other notes', async () => {
    const note = (id: string, tags: string[]) => ({ id, country: 'AZ', body: id, tags, pinned: true, updatedAt: '2026-01-01T00:00:00.000Z' });
    const notes = { listCountryNotes: async () => [note('point', ['Gợi ý trao đổi']), note('plain', [])] };
    const [entry] = (await collectBriefData(records, fullSpec('AZ'), notes)).countries;
    expect(entry!.talkingPoints.map((n) => n.id)).toEqual(['point']);
    expect(entry!.notes.map((n) => n.id)).toEqual(['plain']);
  });
});
