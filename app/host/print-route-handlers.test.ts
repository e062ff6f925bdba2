import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestNames } from '../contract';
import { openDesk, type Desk } from '../core/desk';
import { createHandlers } from '../core/handlers';
import { makeTestFolders } from '../core/testing/test-dataset';
import { AppError } from '../shared/app-error';
import { PRINT_ROUTE_REQUESTS, printRouteHandlers } from './print-route-handlers';

let desk: Desk;
let dataDir: string;

beforeAll(async () => {
  const folders = await makeTestFolders();
  dataDir = folders.dataDir;
  desk = await openDesk({ dataDir, resourcesDir: folders.resourcesDir, access: 'write' });
  // The search index of a fresh folder is built in the background; its files must be settled before a listing is compared.
  await desk.search.ready;
});

afterAll(() => desk.close());

describe('the print host handlers', () => {
  it('answer what the print route reads', async () => {
    const handlers = printRouteHandlers(createHandlers(desk));
    expect(await handlers.getSettings({})).toEqual(await createHandlers(desk).getSettings({}));
  });

  it.each(requestNames.filter((name) => !PRINT_ROUTE_REQUESTS.includes(name)))('refuse %s as an unknown request, running nothing', async (name) => {
    const before = await readdir(dataDir);
    const handler = printRouteHandlers(createHandlers(desk))[name] as (input: unknown) => Promise<unknown>;
    const refusal = await handler({}).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: 'unknown-request', params: { name } });
    expect(await readdir(dataDir)).toEqual(before);
  });
});
