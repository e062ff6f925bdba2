import { describe, expect, it } from 'vitest';
import { openDesk } from '../desk';
import { createHandlers } from '../handlers';
import { makeTestFolders } from '../testing/test-dataset';

describe('country requests', () => {
  it('open a partner without records with its basics, list every partner, and refuse a code that is no partner', async () => {
    const { resourcesDir, dataDir } = await makeTestFolders();
    const desk = await openDesk({ dataDir, resourcesDir, access: 'read' });
    try {
      const handlers = createHandlers(desk);
      const mongolia = await handlers.getCountry({ code: 'MN' });
      expect(mongolia.country.name).toMatchObject({ vi: 'Mông Cổ', en: 'Mongolia' });
      expect(mongolia.partner).toMatchObject({ officialName: { en: 'Mongolia' }, region: 'asia' });
      expect(mongolia.records).toEqual([]);

      const azerbaijan = await handlers.getCountry({ code: 'AZ' });
      expect(azerbaijan.records.length).toBeGreaterThan(0);
      expect(azerbaijan.partner?.region).toBe('asia');

      const partners = await handlers.listPartners({});
      expect(partners.find((row) => row.partner.code === 'AZ')?.recordCount).toBe(azerbaijan.records.length);
      expect(partners.find((row) => row.partner.code === 'MN')?.recordCount).toBe(0);

      await expect(handlers.getCountry({ code: 'XK' })).rejects.toMatchObject({ code: 'unknown-country', params: { code: 'XK' } });
    } finally {
      await desk.close();
    }
  });
});
