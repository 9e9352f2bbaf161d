/**
 * Test fixtures for the PDF sanitizer: small PDFs that hide scripts, metadata, old revisions, files
 * and forms, built with pdf-lib (and, for the incremental update, by hand), hand-written PDFs that
 * hide JPEG metadata and private data in resources, decompression bombs, plus `inspectPdf`, which
 * reads a PDF back both as bytes (inflating every stream with node:zlib) and as objects (pdf-lib).
 * Content streams are left uncompressed (unless a fixture is about compression) so their markers
 * can be found in the input bytes.
 */
import { constants, deflateRawSync, deflateSync, inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
  type PDFContext,
  type PDFObject,
  type PDFPage,
} from 'pdf-lib';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** A Helvetica font dict (not embedded) for hand-written content streams. */
function helvetica(context: PDFContext, extra: Record<string, PDFObject> = {}): PDFRef {
  return context.register(context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', ...extra }));
}

/** Draws `text` with an uncompressed content stream, replacing whatever the page drew before. */
function writeText(page: PDFPage, text: string, fontRef: PDFRef, extraOps = ''): void {
  const { context } = page.doc;
  const contents = context.register(context.stream(`BT /F1 24 Tf 72 700 Td (${text}) Tj ET\n${extraOps}`));
  page.node.set(PDFName.of('Contents'), contents);
  page.node.set(PDFName.of('Resources'), context.obj({ Font: { F1: fontRef } }));
}

/** Sets Info entries as literal strings (pdf-lib's setAuthor etc. write UTF-16 hex, which a byte search would miss). */
function setInfo(doc: PDFDocument, entries: Record<string, string>): void {
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  for (const [key, value] of Object.entries(entries)) info.set(PDFName.of(key), PDFString.of(value));
}

const jsAction = (context: PDFContext, script: string) => context.obj({ S: 'JavaScript', JS: PDFString.of(script) });

/**
 * Two pages (KEEPMARKER, KEEPMARKER2); a catalog /OpenAction and /AA running JavaScript, a /Names
 * JavaScript tree; on page 1 a JavaScript link, a URI link and a page /AA.
 */
export async function pdfWithScripts(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const { context, catalog } = doc;
  const font = helvetica(context);
  const first = doc.addPage([612, 792]);
  writeText(first, 'KEEPMARKER', font);
  writeText(doc.addPage([612, 792]), 'KEEPMARKER2', font);

  catalog.set(PDFName.of('OpenAction'), jsAction(context, "app.alert('JSMARKER')"));
  catalog.set(PDFName.of('AA'), context.obj({ WC: jsAction(context, "app.alert('DOCAAMARKER')") }));
  const namedScript = context.register(jsAction(context, "app.alert('NAMESJSMARKER')"));
  catalog.set(PDFName.of('Names'), context.obj({ JavaScript: { Names: [PDFString.of('doc-script'), namedScript] } }));

  const link = (action: PDFObject) =>
    context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [72, 690, 300, 730], Border: [0, 0, 0], P: first.ref, A: action }));
  const uri = context.obj({ S: 'URI', URI: PDFString.of('https://tracker.example/URIMARKER') });
  first.node.set(PDFName.of('Annots'), context.obj([link(jsAction(context, "app.alert('LINKJSMARKER')")), link(uri)]));
  first.node.set(PDFName.of('AA'), context.obj({ O: jsAction(context, "app.alert('PAGEAAMARKER')") }));
  return doc.save({ useObjectStreams: false });
}

const xmp = (name: string) =>
  `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
  `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${name}</rdf:li></rdf:Seq></dc:creator></rdf:Description>` +
  `</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

/**
 * One page (KEEPMARKER plus a drawn 2×2 image) whose catalog, page, image XObject and font each carry
 * an XMP stream (XMPMARKERNAME, PAGEXMPMARKER, IMAGEXMPMARKER, FONTXMPMARKER), a page /PieceInfo and
 * /LastModified, and an Info dictionary with Author, Creator, Producer, CreationDate and ModDate.
 */
export async function pdfWithMetadata(): Promise<Uint8Array> {
  const doc = await PDFDocument.create(); // writes Producer, CreationDate and ModDate itself
  const { context, catalog } = doc;
  setInfo(doc, {
    Author: 'INFOAUTHORMARKER',
    Creator: 'INFOCREATORMARKER',
    Producer: 'INFOPRODUCERMARKER',
    CreationDate: 'D:20240101000000Z',
    ModDate: 'D:20240102000000Z',
  });
  const metadata = (name: string) => context.register(context.stream(xmp(name), { Type: 'Metadata', Subtype: 'XML' }));
  catalog.set(PDFName.of('Metadata'), metadata('XMPMARKERNAME'));

  const page = doc.addPage([612, 792]);
  writeText(page, 'KEEPMARKER', helvetica(context, { Metadata: metadata('FONTXMPMARKER') }), 'q 20 0 0 20 72 600 cm /Im1 Do Q');
  const image = context.stream(new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255]), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: 2,
    Height: 2,
    ColorSpace: 'DeviceRGB',
    BitsPerComponent: 8,
    Metadata: metadata('IMAGEXMPMARKER'),
  });
  page.node.Resources()!.set(PDFName.of('XObject'), context.obj({ Im1: context.register(image) }));
  page.node.set(PDFName.of('Metadata'), metadata('PAGEXMPMARKER'));
  page.node.set(PDFName.of('PieceInfo'), context.obj({ SecretApp: { Private: PDFString.of('PIECEINFOMARKER') } }));
  page.node.set(PDFName.of('LastModified'), PDFString.of('D:20240101000000Z'));
  return doc.save({ useObjectStreams: false });
}

/**
 * Revision 1: Author REV1AUTHOR, Title REV1TITLE and a page drawing DELETEDMARKER. A hand-written
 * incremental update then gives the page new contents (KEEPMARKER) and a new Info (REV2TITLE,
 * REV2AUTHOR), with an xref section whose trailer points back with /Prev and carries an /ID.
 */
export async function pdfWithIncrementalUpdate(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  setInfo(doc, { Author: 'REV1AUTHOR', Title: 'REV1TITLE' });
  const { context } = doc;
  const font = helvetica(context);
  const page = doc.addPage([612, 792]);
  writeText(page, 'DELETEDMARKER', font);
  const rev1 = await doc.save({ useObjectStreams: false });

  const prev = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(latin1(rev1))?.[1];
  if (!prev) throw new Error('revision 1 has no startxref');
  const info = context.trailerInfo.Info as PDFRef;
  const root = context.trailerInfo.Root as PDFRef;
  const pages = doc.catalog.get(PDFName.of('Pages')) as PDFRef;
  const contentsNumber = context.largestObjectNumber + 1;
  const content = 'BT /F1 24 Tf 72 700 Td (KEEPMARKER) Tj ET';
  const objects: [number, string][] = [
    [contentsNumber, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`],
    [
      page.ref.objectNumber,
      `<< /Type /Page /Parent ${pages} /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} >> >> /Contents ${contentsNumber} 0 R >>`,
    ],
    [info.objectNumber, '<< /Title (REV2TITLE) /Author (REV2AUTHOR) /CreationDate (D:20240101000000Z) /ModDate (D:20240102000000Z) >>'],
  ];

  let update = '\n';
  const offsets = new Map<number, number>();
  for (const [number, body] of objects) {
    offsets.set(number, rev1.length + update.length);
    update += `${number} 0 obj\n${body}\nendobj\n`;
  }
  const xrefOffset = rev1.length + update.length;
  update += 'xref\n0 1\n0000000000 65535 f \n';
  for (const [number, offset] of [...offsets].sort(([a], [b]) => a - b)) update += `${number} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
  update += `trailer\n<< /Size ${contentsNumber + 1} /Root ${root} /Info ${info} /Prev ${prev} /ID [<49444D41524B4552> <49444D41524B4552>] >>\n`;
  update += `startxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([rev1, Buffer.from(update, 'latin1')]);
}

/**
 * One page (KEEPMARKER) with an embedded file (EMBEDMARKER) listed in the /EmbeddedFiles name tree,
 * attached to the page by a FileAttachment annotation and as an associated file (/AF), and an
 * AcroForm text field FIELDMARKER (value FORMVALUEMARKER) whose widget submits the form, with /XFA.
 */
export async function pdfWithFilesAndForm(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const { context, catalog } = doc;
  const page = doc.addPage([612, 792]);
  writeText(page, 'KEEPMARKER', helvetica(context));

  const file = context.register(context.stream('EMBEDMARKER: the secret attachment', { Type: 'EmbeddedFile', Subtype: 'text#2Fplain' }));
  const spec = context.register(context.obj({ Type: 'Filespec', F: PDFString.of('secret.txt'), UF: PDFString.of('secret.txt'), EF: { F: file } }));
  catalog.set(PDFName.of('Names'), context.obj({ EmbeddedFiles: { Names: [PDFString.of('secret.txt'), spec] } }));
  const attachment = context.obj({
    Type: 'Annot',
    Subtype: 'FileAttachment',
    Rect: [400, 700, 420, 720],
    FS: spec,
    Contents: PDFString.of('ATTACHNOTEMARKER'),
  });
  page.node.set(PDFName.of('Annots'), context.obj([context.register(attachment)]));
  page.node.set(PDFName.of('AF'), context.obj([spec]));

  const form = doc.getForm();
  const field = form.createTextField('FIELDMARKER');
  field.setText('FORMVALUEMARKER');
  field.addToPage(page, { x: 72, y: 600, width: 200, height: 24 });
  const submit = context.obj({ S: 'SubmitForm', F: { FS: 'URL', F: PDFString.of('https://collector.example/SUBMITMARKER') } });
  field.acroField.getWidgets()[0]!.dict.set(PDFName.of('A'), submit);
  // pdf-lib writes the name and value as UTF-16 hex; literal strings keep them findable in the bytes.
  field.acroField.dict.set(PDFName.of('T'), PDFString.of('FIELDMARKER'));
  field.acroField.dict.set(PDFName.of('V'), PDFString.of('FORMVALUEMARKER'));
  // Appearances first: pdf-lib's save would otherwise call getForm(), which deletes /XFA.
  form.updateFieldAppearances();
  catalog.getOrCreateAcroForm().dict.set(PDFName.of('XFA'), context.register(context.stream('<xdp:xdp>XFAMARKER</xdp:xdp>')));
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/** A PDF whose trailer says it is encrypted (RC4, 40-bit); pdf-lib refuses to load it. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  writeText(doc.addPage([612, 792]), 'KEEPMARKER', helvetica(doc.context));
  const hex32 = PDFString.of('0123456789abcdef0123456789abcdef');
  doc.context.trailerInfo.Encrypt = doc.context.register(doc.context.obj({ Filter: 'Standard', V: 1, R: 2, O: hex32, U: hex32, P: -4 }));
  return doc.save({ useObjectStreams: false });
}

// --- Hand-written PDFs -----------------------------------------------------------------------------

type Body = string | Uint8Array;
const bytesOf = (body: Body) => (typeof body === 'string' ? Buffer.from(body, 'latin1') : Buffer.from(body));
const PDF_HEADER = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';

/** A stream object's body: `<< dict /Length n >> stream … endstream`. */
export function streamObject(dict: string, data: Body): Buffer {
  const bytes = bytesOf(data);
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${bytes.length} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
}

/** Appends numbered objects to a file being written, remembering their offsets. */
class PdfWriter {
  readonly parts: Buffer[] = [Buffer.from(PDF_HEADER, 'latin1')];
  readonly offsets = new Map<number, number>();
  length = this.parts[0]!.length;

  add(number: number, body: Body): this {
    this.offsets.set(number, this.length);
    return this.raw(Buffer.concat([Buffer.from(`${number} 0 obj\n`, 'latin1'), bytesOf(body), Buffer.from('\nendobj\n', 'latin1')]));
  }

  raw(bytes: Body): this {
    const buffer = bytesOf(bytes);
    this.parts.push(buffer);
    this.length += buffer.length;
    return this;
  }

  done(): Uint8Array {
    return new Uint8Array(Buffer.concat(this.parts));
  }
}

/** A PDF from numbered object bodies with a classic cross-reference table; object 1 is the catalog. */
export function buildPdf(objects: Record<number, Body>, trailer = ''): Uint8Array {
  const writer = new PdfWriter();
  const numbers = Object.keys(objects)
    .map(Number)
    .sort((a, b) => a - b);
  for (const number of numbers) writer.add(number, objects[number]!);
  const size = Math.max(...numbers) + 1;
  const xrefOffset = writer.length;
  let xref = `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let number = 1; number < size; number++) {
    const offset = writer.offsets.get(number);
    xref += offset === undefined ? '0000000000 65535 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`;
  }
  xref += `trailer\n<< /Size ${size} /Root 1 0 R ${trailer}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return writer.raw(xref).done();
}

/** A cross-reference stream row (/W [1 4 2]): type, offset or object stream number, generation or index. */
function xrefRow(type: number, field2: number, field3: number): Buffer {
  const row = Buffer.alloc(7);
  row.writeUInt8(type, 0);
  row.writeUInt32BE(field2, 1);
  row.writeUInt16BE(field3, 5);
  return row;
}

const MB = 1024 * 1024;

/**
 * zlib data that inflates to `prefix` followed by at least `zeros` zero bytes, made of one 1 MB
 * deflate block repeated (each block ends in a full flush, so it refers to nothing before it):
 * the inflated data is never held, and building it takes milliseconds.
 */
export function deflatedWithZeros(prefix: Uint8Array, zeros: number): Buffer {
  const options = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
  const count = Math.ceil(zeros / MB);
  const block = deflateRawSync(Buffer.alloc(MB), options);
  let a = 1;
  let b = 0;
  for (const byte of prefix) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  b = (b + ((count * MB) % 65521) * a) % 65521; // zero bytes leave a unchanged and add a to b each
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((b << 16) | a) >>> 0);
  const final = Buffer.from([0x03, 0x00]); // an empty last block
  return Buffer.concat([Buffer.from([0x78, 0xda]), deflateRawSync(prefix, options), ...Array<Buffer>(count).fill(block), final, adler]);
}

/**
 * A decompression bomb: a one-page PDF whose object stream (holding the catalog and the page tree)
 * or whose cross-reference stream inflates to `inflated` bytes, from about a thousandth of that.
 */
export function pdfBomb(where: 'object stream' | 'xref stream', inflated: number): Uint8Array {
  const catalog = '<< /Type /Catalog /Pages 2 0 R >>';
  const pages = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>';
  const writer = new PdfWriter();
  const xrefStream = (number: number, rows: Buffer[], data: Buffer) =>
    writer.add(number, streamObject(`/Type /XRef /Size ${rows.length} /W [1 4 2] /Root 1 0 R /Filter /FlateDecode`, data));

  let xrefOffset: number;
  if (where === 'object stream') {
    const header = `1 0 2 ${catalog.length + 1} `;
    const data = deflatedWithZeros(Buffer.from(`${header}${catalog}\n${pages}\n`, 'latin1'), inflated);
    writer.add(3, page).add(4, streamObject(`/Type /ObjStm /N 2 /First ${header.length} /Filter /FlateDecode`, data));
    xrefOffset = writer.length;
    const rows = [
      xrefRow(0, 0, 65535),
      xrefRow(2, 4, 0),
      xrefRow(2, 4, 1),
      xrefRow(1, writer.offsets.get(3)!, 0),
      xrefRow(1, writer.offsets.get(4)!, 0),
      xrefRow(1, xrefOffset, 0),
    ];
    xrefStream(5, rows, deflateSync(Buffer.concat(rows)));
  } else {
    writer.add(1, catalog).add(2, pages).add(3, page);
    xrefOffset = writer.length;
    const rows = [xrefRow(0, 0, 65535), ...[1, 2, 3].map((n) => xrefRow(1, writer.offsets.get(n)!, 0)), xrefRow(1, xrefOffset, 0)];
    xrefStream(4, rows, deflatedWithZeros(Buffer.concat(rows), inflated));
  }
  return writer.raw(`startxref\n${xrefOffset}\n%%EOF\n`).done();
}

/** `pages` pages (PAGEMARKER1, PAGEMARKER2…), saved by pdf-lib with its objects in object streams (50 to a stream). */
export async function pdfWithObjectStreams(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = helvetica(doc.context);
  for (let n = 1; n <= pages; n++) writeText(doc.addPage([612, 792]), `PAGEMARKER${n}`, font);
  return doc.save({ useObjectStreams: true });
}

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
const PAGES = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const pageWith = (resources: string) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources ${resources} /Contents 4 0 R >>`;

/** Where a JPEG sits in `pdfWithJpeg`'s file, and how its filter is written. */
export type JpegPlacement =
  | 'flate over dct'
  | 'indirect filter'
  | 'filter array holding a reference'
  | 'indirect filter array'
  | 'abbreviated filter'
  | 'escaped filter name'
  | 'inline image'
  | 'inline image in a form';

/**
 * One page drawing KEEPMARKER and a 64×48 RGB JPEG, given as is (with whatever EXIF it carries):
 * as an image XObject whose /Filter is written as `placement` says, or as an inline image (`BI …
 * /F /DCT ID … EI`) in the page's compressed content stream or in a form XObject's.
 */
export function pdfWithJpeg(jpeg: Uint8Array, placement: JpegPlacement): Uint8Array {
  const image = (filter: string, data: Uint8Array) =>
    streamObject(`/Type /XObject /Subtype /Image /Width 64 /Height 48 /ColorSpace /DeviceRGB /BitsPerComponent 8 ${filter}`, data);
  const text = 'BT /F1 24 Tf 72 700 Td (KEEPMARKER) Tj ET\n';
  const draw = `${text}q 64 0 0 48 72 500 cm /Im0 Do Q\n`;
  const objects: Record<number, Body> = {
    1: CATALOG,
    2: PAGES,
    3: pageWith('<< /Font << /F1 5 0 R >> /XObject << /Im0 6 0 R >> >>'),
    4: streamObject('', draw),
    5: HELVETICA,
  };
  const inline = Buffer.concat([
    Buffer.from('q 64 0 0 48 72 500 cm BI /W 64 /H 48 /CS /RGB /BPC 8 /F /DCT ID ', 'latin1'),
    jpeg,
    Buffer.from('\nEI Q\n', 'latin1'),
  ]);
  switch (placement) {
    case 'flate over dct':
      objects[6] = image('/Filter [/FlateDecode /DCTDecode] /DecodeParms [null null]', deflateSync(jpeg));
      break;
    case 'indirect filter':
      objects[6] = image('/Filter 7 0 R', jpeg);
      objects[7] = '/DCTDecode';
      break;
    case 'filter array holding a reference':
      objects[6] = image('/Filter [7 0 R]', jpeg);
      objects[7] = '/DCTDecode';
      break;
    case 'indirect filter array':
      objects[6] = image('/Filter 7 0 R', deflateSync(jpeg));
      objects[7] = '[/FlateDecode 8 0 R]';
      objects[8] = '/DCT';
      break;
    case 'abbreviated filter':
      objects[6] = image('/Filter /DCT', jpeg);
      break;
    case 'escaped filter name':
      objects[6] = image('/Filter /DCTD#65cod#65', jpeg);
      break;
    case 'inline image':
      objects[3] = pageWith('<< /Font << /F1 5 0 R >> >>');
      objects[4] = streamObject('/Filter /FlateDecode', deflateSync(Buffer.concat([Buffer.from(text, 'latin1'), inline])));
      break;
    case 'inline image in a form':
      objects[3] = pageWith('<< /Font << /F1 5 0 R >> /XObject << /Fx0 6 0 R >> >>');
      objects[4] = streamObject('', `${text}/Fx0 Do\n`);
      objects[6] = streamObject('/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Filter /FlateDecode', deflateSync(inline));
      break;
  }
  return buildPdf(objects);
}

/**
 * One page (KEEPMARKER) whose resources hide data no page draws: a marked-content property list
 * (/Properties /MC0) that is the Info dictionary (INFOVIARESMARKER, CREATORVIARESMARKER), a custom
 * /XMarker key (RESKEYMARKER), a property list holding a JavaScript stream under a custom key
 * (JSSTREAMMARKER), a "font" that is the Info dictionary again, as is a resource of a kind named
 * /constructor, a PostScript XObject (PSMARKER), and a graphics state with a private key
 * (GSKEYMARKER) beside the opacity it really sets.
 */
export function pdfWithHiddenResources(): Uint8Array {
  const resources =
    '<< /Font << /F1 5 0 R /F2 14 0 R >> /ExtGState << /GS0 << /Type /ExtGState /CA 0.5 /ca 0.5 /Secret (GSKEYMARKER) >> >> /XObject << /Ps 7 0 R >>' +
    ' /Properties << /MC0 14 0 R /X << /Type /Foo /Script 6 0 R >> >> /XMarker (RESKEYMARKER) /constructor << /C0 14 0 R >> >>';
  return buildPdf(
    {
      1: CATALOG,
      2: PAGES,
      3: pageWith(resources),
      4: streamObject('', '/P /MC0 BDC BT /F1 24 Tf 72 700 Td (KEEPMARKER) Tj ET EMC\nq /GS0 gs 0 0 1 rg 72 600 100 50 re f Q\n'),
      5: HELVETICA,
      6: streamObject('', 'app.alert("JSSTREAMMARKER")'),
      7: streamObject('/Type /XObject /Subtype /PS', '%!PS PSMARKER'),
      14: '<< /Author (INFOVIARESMARKER) /Creator (CREATORVIARESMARKER) >>',
    },
    '/Info 14 0 R ',
  );
}

/**
 * One page (KEEPMARKER) whose resources, inherited from the page tree, name the catalog itself under
 * /Properties /Cat, and whose font points to the catalog and the old page tree under custom keys:
 * copied as they are, they would bring the whole old document along: the catalog's outline
 * (OUTLINETITLEMARKER), its JavaScript open action (CATALOGJSMARKER) and a nonstandard /Info entry
 * (INFOVIACATALOGMARKER).
 */
export function pdfWithCatalogInInheritedResources(): Uint8Array {
  return buildPdf(
    {
      1: '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert\\(CATALOGJSMARKER\\)) >> /Outlines 8 0 R /Info 9 0 R >>',
      2: '<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /Properties << /Cat 1 0 R >> >> >>',
      3: '<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>',
      4: streamObject('', 'BT /F1 24 Tf 72 700 Td (KEEPMARKER) Tj ET\n'),
      5: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Owner 1 0 R /OldTree [2 0 R] >>',
      8: '<< /Type /Outlines /First 10 0 R /Last 10 0 R /Count 1 >>',
      9: '<< /Author (INFOVIACATALOGMARKER) >>',
      10: '<< /Title (OUTLINETITLEMARKER) /Parent 8 0 R /Dest [3 0 R /Fit] >>',
    },
    '/Info 9 0 R ',
  );
}

/**
 * One page drawing with every kind of resource: a font (KEEPMARKER), an image and a form XObject
 * (FORMTEXT, with its own resources, which hide a custom key: FORMRESKEYMARKER), a graphics state,
 * a separation colour space, a shading pattern, a shading, the procedure sets and an optional-content
 * group (LAYERTEXT) whose /Usage names the program that made it (USAGEMARKER).
 */
export function pdfWithEveryResource(): Uint8Array {
  const resources =
    '<< /Font << /F1 5 0 R >> /XObject << /Im0 6 0 R /Fx0 7 0 R >> /ExtGState << /GS0 8 0 R >> /ColorSpace << /CS0 [/Separation /Spot /DeviceRGB 9 0 R] >>' +
    ' /Pattern << /P0 10 0 R >> /Shading << /Sh0 11 0 R >> /Properties << /OC0 12 0 R >> /ProcSet [/PDF /Text /ImageC] >>';
  const content = [
    'BT /F1 24 Tf 72 700 Td (KEEPMARKER) Tj ET',
    'q 100 0 0 100 72 560 cm /Im0 Do Q',
    'q 1 0 0 1 250 560 cm /Fx0 Do Q',
    'q /GS0 gs 1 0 0 rg 72 450 100 50 re f Q',
    'q /CS0 cs 1 scn 200 450 100 50 re f Q',
    'q /Pattern cs /P0 scn 72 340 200 80 re f Q',
    'q 300 340 100 80 re W n /Sh0 sh Q',
    '/OC /OC0 BDC BT /F1 18 Tf 72 250 Td (LAYERTEXT) Tj ET EMC',
  ].join('\n');
  const gradient = '<< /FunctionType 2 /Domain [0 1] /C0 [1 0 0] /C1 [0 0 1] /N 1 >>';
  return buildPdf({
    1: CATALOG,
    2: PAGES,
    3: pageWith(resources),
    4: streamObject('', content),
    5: HELVETICA,
    6: streamObject(
      '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8',
      new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 0]),
    ),
    7: streamObject(
      '/Type /XObject /Subtype /Form /BBox [0 0 150 100] /Resources << /Font << /F1 5 0 R >> /XMarker (FORMRESKEYMARKER) >>',
      'BT /F1 14 Tf 0 40 Td (FORMTEXT) Tj ET',
    ),
    8: '<< /Type /ExtGState /CA 0.5 /ca 0.5 >>',
    9: '<< /FunctionType 2 /Domain [0 1] /C0 [1 1 1] /C1 [0 0.5 0] /N 1 >>',
    10: '<< /Type /Pattern /PatternType 2 /Shading 11 0 R >>',
    11: `<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 612 0] /Function ${gradient} /Extend [true true] >>`,
    12: '<< /Type /OCG /Name (Layer 1) /Usage << /CreatorInfo << /Creator (USAGEMARKER) /Subtype /Artwork >> >> >>',
  });
}

export type PdfReport = {
  /** The file as latin1 text, followed by every stream inflated with node:zlib where it inflates. */
  text: string;
  pageCount: number;
  /** Every dictionary key (decoded, without the slash) in every object of the file. */
  keys: Set<string>;
  /** The /S of every dictionary that has one: a cleaned file must have no action types among them. */
  subtypes: Set<string>;
  /** Each page's decoded content streams, as latin1 text. */
  pageTexts: string[];
  trailerKeys: string[];
  /** Indirect objects the catalog does not reach. */
  unreachable: number;
};

/** Reads a PDF back independently of how it was compressed. */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfReport> {
  const raw = latin1(bytes);
  let text = raw;
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      text += '\n' + latin1(inflateSync(bytes.subarray(start, end)));
    } catch {
      // Not a Flate stream.
    }
  }

  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const { context } = doc;
  const keys = new Set<string>();
  const subtypes = new Set<string>();
  const visit = (object: PDFObject): void => {
    const dict = object instanceof PDFStream ? object.dict : object instanceof PDFDict ? object : undefined;
    if (object instanceof PDFArray) object.asArray().forEach(visit);
    if (!dict) return;
    for (const [key, value] of dict.entries()) {
      keys.add(key.decodeText());
      if (key.decodeText() === 'S' && value instanceof PDFName) subtypes.add(value.decodeText());
      visit(value);
    }
  };
  const reachable = new Set<PDFRef>();
  const follow = (object: PDFObject | undefined): void => {
    if (object instanceof PDFRef) {
      if (reachable.has(object)) return;
      reachable.add(object);
      follow(context.lookup(object));
    } else if (object instanceof PDFArray) object.asArray().forEach(follow);
    else if (object instanceof PDFDict) object.values().forEach(follow);
    else if (object instanceof PDFStream) object.dict.values().forEach(follow);
  };
  follow(context.trailerInfo.Root);
  for (const [, object] of context.enumerateIndirectObjects()) {
    visit(object);
    if (object instanceof PDFRawStream) {
      try {
        text += '\n' + latin1(decodePDFRawStream(object).decode());
      } catch {
        // A filter pdf-lib does not decode (e.g. DCTDecode): the raw bytes are already in `text`.
      }
    }
  }

  const pageTexts = doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((item) => context.lookup(item)) : [contents];
    return streams.map((stream) => (stream instanceof PDFRawStream ? latin1(decodePDFRawStream(stream).decode()) : '')).join('\n');
  });
  const trailerKeys = Object.entries(context.trailerInfo)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
  const unreachable = context.enumerateIndirectObjects().filter(([ref]) => !reachable.has(ref)).length;
  return { text, pageCount: doc.getPageCount(), keys, subtypes, pageTexts, trailerKeys, unreachable };
}
