import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type JpegPlacement,
  encryptedPdf,
  inspectPdf,
  pdfBomb,
  pdfWithCatalogInInheritedResources,
  pdfWithEveryResource,
  pdfWithFilesAndForm,
  pdfWithHiddenResources,
  pdfWithIncrementalUpdate,
  pdfWithJpeg,
  pdfWithMetadata,
  pdfWithObjectStreams,
  pdfWithScripts,
} from './pdf-fixtures';
import { ATTACHMENT_LIMITS, RejectedFile, sanitizeFile } from './sanitize';

async function jpegWithGps(): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#ff0000' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'SecretPhone', Artist: 'Reporter Name' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 41/1 0/1' } })
      .toBuffer(),
  );
}

describe('sanitizeFile', () => {
  it('re-encodes a JPEG without its EXIF and GPS metadata', async () => {
    const original = await jpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    expect(Buffer.from(original).includes('SecretPhone')).toBe(true);

    const clean = await sanitizeFile(original);
    expect(clean.mimeType).toBe('image/jpeg');
    const meta = await sharp(clean.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.width).toBe(64);
    expect(Buffer.from(clean.bytes).includes('SecretPhone')).toBe(false);
    expect(Buffer.from(clean.bytes).includes('Reporter Name')).toBe(false);
    expect(clean.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('detects the type from the bytes, whatever the name claimed, and refuses what is not allowed', async () => {
    const png = new Uint8Array(
      await sharp({ create: { width: 8, height: 8, channels: 4, background: '#00ff00' } })
        .png()
        .toBuffer(),
    );
    expect((await sanitizeFile(png)).mimeType).toBe('image/png');
    await expect(sanitizeFile(new TextEncoder().encode('<script>alert(1)</script>'))).rejects.toEqual(new RejectedFile('type'));
    const gif = Uint8Array.from(Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'));
    await expect(sanitizeFile(gif)).rejects.toMatchObject({ reason: 'type' });
  });

  it('refuses a damaged image and an oversize file', async () => {
    const truncated = (await jpegWithGps()).slice(0, 200);
    await expect(sanitizeFile(truncated)).rejects.toMatchObject({ reason: 'damaged' });
    await expect(sanitizeFile(new Uint8Array(ATTACHMENT_LIMITS.maxFileBytes + 1))).rejects.toMatchObject({ reason: 'size' });
  });

  it('accepts a 64-megapixel phone photo and a 16000×4000 panorama, downscaled (both were refused as damaged)', async () => {
    const sizes: [number, number][] = [
      [9248, 6936],
      [16000, 4000],
    ];
    for (const [width, height] of sizes) {
      const photo = await sharp({ create: { width, height, channels: 3, background: '#7a8' } })
        .jpeg({ quality: 60 })
        .toBuffer();
      const clean = await sanitizeFile(new Uint8Array(photo));
      const meta = await sharp(clean.bytes).metadata();
      expect(Math.max(meta.width!, meta.height!), `${width}×${height}`).toBe(2560);
    }
  }, 60_000);

  it('refuses a picture past the pixel limit as too large, not damaged', async () => {
    // A small JPEG whose frame header claims 12000×12000 (144 MP): refused from the header, before decoding.
    const jpeg = Buffer.from(
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
        .jpeg()
        .toBuffer(),
    );
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    jpeg.writeUInt16BE(12000, sof + 5);
    jpeg.writeUInt16BE(12000, sof + 7);
    await expect(sanitizeFile(new Uint8Array(jpeg))).rejects.toEqual(new RejectedFile('pixels'));
    // Past sharp's own default limit (268 MP) too: 30000×30000 is "too large", not "damaged".
    jpeg.writeUInt16BE(30000, sof + 5);
    jpeg.writeUInt16BE(30000, sof + 7);
    await expect(sanitizeFile(new Uint8Array(jpeg))).rejects.toEqual(new RejectedFile('pixels'));
  });

  it('re-saves a PDF without its author and producer', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.setAuthor('Reporter Name');
    doc.setProducer('SecretTool');
    const clean = await sanitizeFile(await doc.save());
    expect(clean.mimeType).toBe('application/pdf');
    const reread = await PDFDocument.load(clean.bytes);
    expect(reread.getAuthor() ?? '').toBe('');
    expect(Buffer.from(clean.bytes).includes('SecretTool')).toBe(false);
    expect(reread.getPageCount()).toBe(1);
  });
});

/** Strings none of which may appear in a cleaned PDF, in its bytes or in any inflated stream. */
const FORBIDDEN = ['/JavaScript', '/JS', '/OpenAction', '/AA', '/Metadata', '/EmbeddedFile', '/AcroForm', '/Annots', 'CreationDate', 'ModDate', 'Producer'];
/** Keys no dictionary of a cleaned PDF may hold, read back with pdf-lib. */
const FORBIDDEN_KEYS = [
  'JavaScript',
  'JS',
  'OpenAction',
  'AA',
  'Metadata',
  'EmbeddedFile',
  'EmbeddedFiles',
  'EF',
  'AF',
  'AcroForm',
  'XFA',
  'Annots',
  'Names',
  'A',
  'PieceInfo',
  'LastModified',
  'Info',
  'CreationDate',
  'ModDate',
  'Producer',
  'Author',
  'Title',
  'Creator',
  'URI',
];
const ACTION_TYPES = ['JavaScript', 'URI', 'Launch', 'SubmitForm', 'ImportData', 'GoToR', 'GoToE', 'Rendition'];

/** Sanitizes a fixture after checking its markers are really in it, and checks the result is clean. */
async function expectCleaned(input: Uint8Array, markers: string[], keep: string[]) {
  const before = await inspectPdf(input);
  for (const marker of [...markers, ...keep]) expect(before.text, `fixture should hold ${marker}`).toContain(marker);

  const clean = await sanitizeFile(input);
  expect(clean.mimeType).toBe('application/pdf');
  const after = await inspectPdf(clean.bytes);
  for (const marker of [...markers, ...FORBIDDEN]) expect(after.text, `output should not hold ${marker}`).not.toContain(marker);
  for (const key of FORBIDDEN_KEYS) expect(after.keys.has(key), `output should have no /${key}`).toBe(false);
  for (const type of ACTION_TYPES) expect(after.subtypes.has(type), `output should have no /S /${type}`).toBe(false);
  expect(after.trailerKeys).toEqual(['Root']); // no /Info, /ID or /Encrypt
  expect(after.unreachable).toBe(0);
  expect(after.pageCount).toBe(before.pageCount);
  keep.forEach((text, page) => expect(after.pageTexts[page]).toContain(`(${text}) Tj`));
  // One revision: one xref table and trailer, no /Prev.
  const raw = Buffer.from(clean.bytes).toString('latin1');
  expect(raw.match(/startxref/g)).toHaveLength(1);
  expect(raw).not.toContain('/Prev');
  return { clean, before, after };
}

describe('sanitizeFile on PDFs', () => {
  it('removes the open action, document and page actions, the JavaScript name tree and the links', async () => {
    const input = await pdfWithScripts();
    const { before } = await expectCleaned(
      input,
      ['JSMARKER', 'DOCAAMARKER', 'NAMESJSMARKER', 'LINKJSMARKER', 'PAGEAAMARKER', 'URIMARKER'],
      ['KEEPMARKER', 'KEEPMARKER2'],
    );
    expect(before.pageCount).toBe(2);
    for (const key of ['OpenAction', 'AA', 'JS', 'JavaScript', 'Names', 'Annots', 'URI']) expect(before.keys).toContain(key);
  });

  it('removes XMP on the catalog, page, image and font, the info dictionary and page piece info, and keeps the image', async () => {
    const { before, after } = await expectCleaned(
      await pdfWithMetadata(),
      [
        'XMPMARKERNAME',
        'PAGEXMPMARKER',
        'IMAGEXMPMARKER',
        'FONTXMPMARKER',
        'INFOAUTHORMARKER',
        'INFOCREATORMARKER',
        'INFOPRODUCERMARKER',
        'PIECEINFOMARKER',
        'D:2024',
      ],
      ['KEEPMARKER'],
    );
    for (const key of ['Metadata', 'PieceInfo', 'LastModified', 'Author', 'CreationDate', 'ModDate', 'Producer']) expect(before.keys).toContain(key);
    expect(after.pageTexts[0]).toContain('/Im1 Do');
    expect(after.keys.has('XObject')).toBe(true);
  });

  it('writes one revision: an earlier revision’s author, title and deleted page text are gone, and so is the /ID', async () => {
    const input = await pdfWithIncrementalUpdate();
    const raw = Buffer.from(input).toString('latin1');
    expect(raw).toContain('/Prev');
    expect((await PDFDocument.load(input)).getTitle()).toBe('REV2TITLE');
    await expectCleaned(input, ['REV1AUTHOR', 'REV1TITLE', 'DELETEDMARKER', 'REV2AUTHOR', 'REV2TITLE', '49444D41524B4552'], ['KEEPMARKER']);
  });

  it('removes embedded and associated files, the file attachment annotation and the form with its XFA', async () => {
    const { before } = await expectCleaned(
      await pdfWithFilesAndForm(),
      ['EMBEDMARKER', 'secret.txt', 'ATTACHNOTEMARKER', 'FIELDMARKER', 'FORMVALUEMARKER', 'SUBMITMARKER', 'XFAMARKER', '/Widget', '/FileAttachment'],
      ['KEEPMARKER'],
    );
    for (const key of ['EmbeddedFiles', 'EF', 'AF', 'Annots', 'AcroForm', 'XFA', 'A']) expect(before.keys).toContain(key);
  });

  it('keeps inherited page attributes (media box, rotation, resources) when it copies the pages', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([300, 400]);
    const pages = doc.catalog.Pages();
    // Move the page's own attributes up to the page tree, from where the page inherits them.
    for (const key of ['MediaBox', 'Resources']) {
      pages.set(PDFName.of(key), page.node.get(PDFName.of(key))!);
      page.node.delete(PDFName.of(key));
    }
    pages.set(PDFName.of('Rotate'), doc.context.obj(90));
    const clean = await PDFDocument.load((await sanitizeFile(await doc.save())).bytes);
    expect(clean.getPage(0).getSize()).toEqual({ width: 300, height: 400 });
    expect(clean.getPage(0).getRotation().angle).toBe(90);
  });

  it('drops the EXIF and GPS of a JPEG drawn on a page and keeps the image', async () => {
    const jpeg = await jpegWithGps();
    const doc = await PDFDocument.create();
    const image = await doc.embedJpg(jpeg);
    doc.addPage([200, 200]).drawImage(image, { x: 10, y: 10, width: 64, height: 48 });
    const input = await doc.save({ useObjectStreams: false });
    expect(Buffer.from(input).includes('SecretPhone')).toBe(true);

    const clean = await sanitizeFile(input);
    const raw = Buffer.from(clean.bytes);
    expect(raw.includes('SecretPhone')).toBe(false);
    expect(raw.includes('Reporter Name')).toBe(false);
    const start = raw.indexOf(Buffer.from([0xff, 0xd8, 0xff]));
    const end = raw.indexOf(Buffer.from([0xff, 0xd9]), start) + 2;
    const meta = await sharp(raw.subarray(start, end)).metadata();
    expect(meta.exif).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([64, 48]);
  });

  it('refuses an encrypted PDF, one that is not a PDF past its header, and one with an action where none belongs', async () => {
    await expect(sanitizeFile(await encryptedPdf())).rejects.toEqual(new RejectedFile('damaged'));
    await expect(sanitizeFile(new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\nthis is not a PDF\n'))).rejects.toMatchObject({ reason: 'damaged' });

    const doc = await PDFDocument.create();
    const page = doc.addPage();
    // An action under a font's private key: not a place any key-based rule looks at.
    const font = { Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Private: { S: 'Launch', F: 'calc.exe' } };
    page.node.set(PDFName.of('Resources'), doc.context.obj({ Font: { F1: font } }));
    await expect(sanitizeFile(await doc.save())).rejects.toMatchObject({ reason: 'damaged' });
  });
});

const MB = 1024 * 1024;

describe('sanitizeFile on PDF decompression bombs', () => {
  const peakRssMB = () => process.resourceUsage().maxRSS / 1024;

  it.each(['object stream', 'xref stream'] as const)('refuses a PDF whose %s inflates to 300 MB, quickly and in bounded memory', async (where) => {
    const bomb = pdfBomb(where, 300 * MB);
    expect(bomb.byteLength).toBeLessThan(MB);
    const rssBefore = Math.max(peakRssMB(), process.memoryUsage().rss / MB);
    const started = performance.now();
    await expect(sanitizeFile(bomb)).rejects.toEqual(new RejectedFile('damaged'));
    expect(performance.now() - started).toBeLessThan(5000);
    // Inflated, the bomb would take 300 MB and more (pdf-lib doubles its buffers); the budget stops it at 64 MB.
    expect(peakRssMB() - rssBefore).toBeLessThan(250);
  });

  it('still cleans a legitimate PDF whose objects sit in several object streams', async () => {
    const input = await pdfWithObjectStreams(160);
    const raw = Buffer.from(input).toString('latin1');
    expect(raw.match(/\/Type \/ObjStm/g)!.length).toBeGreaterThanOrEqual(3);
    expect(raw).toContain('/Type /XRef');
    const clean = await PDFDocument.load((await sanitizeFile(input)).bytes);
    expect(clean.getPageCount()).toBe(160);
    const { pageTexts } = await inspectPdf(await clean.save({ useObjectStreams: false }));
    expect(pageTexts[159]).toContain('(PAGEMARKER160) Tj');
  });
});

/** The image XObject /Im0 of a cleaned PDF's first page. */
async function imageOf(bytes: Uint8Array): Promise<PDFRawStream> {
  const doc = await PDFDocument.load(bytes);
  const xobjects = doc.getPage(0).node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
  const image = doc.context.lookup(xobjects.get(PDFName.of('Im0')) as PDFRef);
  if (!(image instanceof PDFRawStream)) throw new Error('no image /Im0');
  return image;
}

describe('sanitizeFile on JPEGs inside PDFs', () => {
  const EXIF = ['SecretPhone', 'Reporter Name'];

  it.each<JpegPlacement>([
    'flate over dct',
    'indirect filter',
    'filter array holding a reference',
    'indirect filter array',
    'abbreviated filter',
    'escaped filter name',
  ])('drops the EXIF of a JPEG image whose filter is written as: %s, and keeps the image', async (placement) => {
    const input = pdfWithJpeg(await jpegWithGps(), placement);
    const { clean } = await expectCleaned(input, EXIF, ['KEEPMARKER']);
    const image = await imageOf(clean.bytes);
    // One plain filter, the JPEG stored as is: no layer left to hide anything in.
    expect(image.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('DCTDecode'));
    expect(image.dict.has(PDFName.of('DecodeParms'))).toBe(false);
    const meta = await sharp(image.getContents()).metadata();
    expect(meta.exif).toBeUndefined();
    expect([meta.width, meta.height, meta.format]).toEqual([64, 48, 'jpeg']);
  });

  it.each<JpegPlacement>(['inline image', 'inline image in a form'])('refuses a PDF that draws a JPEG as an %s', async (placement) => {
    const input = pdfWithJpeg(await jpegWithGps(), placement);
    expect((await inspectPdf(input)).text).toContain('SecretPhone');
    await expect(sanitizeFile(input)).rejects.toEqual(new RejectedFile('damaged'));
  });

  it('refuses a JPEG image whose structure it cannot follow, rather than keep it as it is', async () => {
    const truncated = (await jpegWithGps()).slice(0, 400);
    await expect(sanitizeFile(pdfWithJpeg(truncated, 'abbreviated filter'))).rejects.toEqual(new RejectedFile('damaged'));
  });
});

describe('sanitizeFile on PDF resources', () => {
  it('drops the Info dictionary, a JavaScript stream, a PostScript XObject and private keys hidden in the resources', async () => {
    const { after } = await expectCleaned(
      pdfWithHiddenResources(),
      ['INFOVIARESMARKER', 'CREATORVIARESMARKER', 'RESKEYMARKER', 'JSSTREAMMARKER', 'PSMARKER', 'GSKEYMARKER', 'XMarker', 'constructor'],
      ['KEEPMARKER'],
    );
    expect(after.keys.has('Properties')).toBe(false);
    // What the page draws with is still there: the font and the opacity of the graphics state.
    expect(after.keys.has('Font') && after.keys.has('ExtGState') && after.keys.has('CA')).toBe(true);
    expect(after.text).not.toContain('/F2');
  });

  it('does not copy the old catalog, outline or page tree that inherited resources or a font point to', async () => {
    const { clean } = await expectCleaned(
      pdfWithCatalogInInheritedResources(),
      ['OUTLINETITLEMARKER', 'CATALOGJSMARKER', 'INFOVIACATALOGMARKER', '/Outlines', '/Owner'],
      ['KEEPMARKER'],
    );
    const raw = Buffer.from(clean.bytes).toString('latin1');
    expect(raw).toContain('/OldTree [ null ]'); // a reference out of the page tree, in an array, becomes null
    expect(raw.match(/\/Type \/Catalog/g)).toHaveLength(1);
    expect(raw.match(/\/Type \/Pages/g)).toHaveLength(1);
  });

  it('keeps every kind of resource a page draws with, and drops private keys and the /Usage of an optional-content group', async () => {
    const { clean, after } = await expectCleaned(pdfWithEveryResource(), ['FORMRESKEYMARKER', 'USAGEMARKER', 'CreatorInfo'], ['KEEPMARKER']);
    const resources = (await PDFDocument.load(clean.bytes)).getPage(0).node.Resources()!;
    const kept = resources.keys().map((key) => key.decodeText());
    expect(kept.sort()).toEqual(['ColorSpace', 'ExtGState', 'Font', 'Pattern', 'ProcSet', 'Properties', 'Shading', 'XObject']);
    expect(resources.lookup(PDFName.of('ProcSet'), PDFArray).size()).toBe(3);
    for (const text of ['FORMTEXT', 'LAYERTEXT', '/OCG', 'Layer 1', '/Separation', '/ShadingType']) expect(after.text).toContain(text);
  });
});

const poppler = spawnSync('pdfinfo', ['-v']).status === 0;

describe.skipIf(!poppler)('sanitizeFile on PDFs, checked with poppler', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sajam-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (tool: string, args: string[], bytes: Uint8Array, after: string[] = []) => {
    const file = join(dir, `${tool}-${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, bytes);
    return execFileSync(tool, [...args, file, ...after], { encoding: 'latin1' });
  };

  it('shows no script, metadata, info or embedded file in the output, where the inputs had them', async () => {
    const scripts = await pdfWithScripts();
    expect(run('pdfinfo', ['-js'], scripts)).toContain('JSMARKER');
    const cleanScripts = (await sanitizeFile(scripts)).bytes;
    expect(run('pdfinfo', ['-js'], cleanScripts)).not.toMatch(/JSMARKER|alert/);
    const info = run('pdfinfo', [], cleanScripts);
    expect(info).toMatch(/Pages:\s+2/);
    expect(info).not.toMatch(/^(Author|Producer|Creator|Title|CreationDate|ModDate):/m);

    const metadata = await pdfWithMetadata();
    expect(run('pdfinfo', ['-meta'], metadata)).toContain('XMPMARKERNAME');
    expect(run('pdfinfo', ['-meta'], (await sanitizeFile(metadata)).bytes)).not.toContain('XMPMARKERNAME');

    const files = await pdfWithFilesAndForm();
    expect(run('pdfdetach', ['-list'], files)).toContain('secret.txt');
    const cleanFiles = (await sanitizeFile(files)).bytes;
    expect(run('pdfdetach', ['-list'], cleanFiles)).toMatch(/^0 embedded files/);
    expect(run('pdfinfo', [], cleanFiles)).toMatch(/Form:\s+none/);

    const revisions = await pdfWithIncrementalUpdate();
    expect(run('pdfinfo', [], revisions)).toContain('REV2AUTHOR');
    const cleanRevisions = (await sanitizeFile(revisions)).bytes;
    expect(run('pdfinfo', [], cleanRevisions)).not.toMatch(/REV[12]/);
    const text = run('pdftotext', ['-q'], cleanRevisions, ['-']);
    expect(text).toContain('KEEPMARKER');
    expect(text).not.toContain('DELETEDMARKER');
  });

  it('draws a page that uses every kind of resource exactly as the original does', async () => {
    const input = pdfWithEveryResource();
    const clean = (await sanitizeFile(input)).bytes;
    const render = (bytes: Uint8Array) => run('pdftoppm', ['-r', '24'], bytes);
    expect(render(clean)).toBe(render(input));
    expect(run('pdftotext', ['-q'], clean, ['-'])).toMatch(/KEEPMARKER[\s\S]*FORMTEXT[\s\S]*LAYERTEXT/);
  });

  it('draws the JPEG whose EXIF it dropped', async () => {
    const input = pdfWithJpeg(await jpegWithGps(), 'flate over dct');
    const render = (bytes: Uint8Array) => run('pdftoppm', ['-r', '24'], bytes);
    expect(render((await sanitizeFile(input)).bytes)).toBe(render(input));
  });
});
