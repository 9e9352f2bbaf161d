/**
 * Test fixtures for the PDF sanitizer: small PDFs that hide scripts, metadata, old revisions, files
 * and forms, built with pdf-lib (and, for the incremental update, by hand), plus `inspectPdf`, which
 * reads a PDF back both as bytes (inflating every stream with node:zlib) and as objects (pdf-lib).
 * Every content stream is left uncompressed so its markers can be found in the input bytes.
 */
import { inflateSync } from 'node:zlib';
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
  setInfo(doc, { Author: 'INFOAUTHORMARKER', Creator: 'INFOCREATORMARKER', Producer: 'INFOPRODUCERMARKER', CreationDate: 'D:20240101000000Z', ModDate: 'D:20240102000000Z' });
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
    [page.ref.objectNumber, `<< /Type /Page /Parent ${pages} /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} >> >> /Contents ${contentsNumber} 0 R >>`],
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
  const attachment = context.obj({ Type: 'Annot', Subtype: 'FileAttachment', Rect: [400, 700, 420, 720], FS: spec, Contents: PDFString.of('ATTACHNOTEMARKER') });
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
