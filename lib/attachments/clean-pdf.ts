import { PDFArray, PDFDict, PDFDocument, PDFInvalidObject, PDFName, PDFRawStream, PDFRef, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';

/**
 * Rebuilds an uploaded PDF, with pdf-lib, as a NEW document that holds only what its pages show.
 *
 * A report's PDF is opened by reviewers, so it must not run anything, phone home, carry hidden files
 * or say who made it. Re-saving the upload is not enough: pdf-lib keeps the catalog (and its
 * actions), every stream's XMP and the objects of earlier revisions. So the pages are copied
 * (`copyPages`, which also copies the attributes they inherit from the page tree) into a document
 * made with `PDFDocument.create({ updateMetadata: false })`, and then:
 *
 * - the page dictionaries keep only their boxes, rotation, resources, content and group: their
 *   annotations (links, form widgets, file attachments, comments…), page actions (/AA),
 *   /Metadata, /PieceInfo, thumbnails, article beads, /LastModified and the rest are dropped;
 * - every dictionary and stream dictionary the pages reach loses /AA, /OpenAction, /JS,
 *   /JavaScript, /Names, /Annots, /AcroForm, /XFA, /Metadata (XMP on images, fonts, forms…),
 *   /PieceInfo, /LastModified, /Thumb, embedded and associated files (/EmbeddedFile(s), /EF, /RF,
 *   /AF), external references (/Ref, /OPI, /URI, a stream's external /F data), and any /A, /Next or
 *   /PA holding an action;
 * - embedded JPEG images lose their EXIF/GPS, XMP, IPTC and comment segments (pdf-lib embeds JPEG
 *   files byte for byte, so a scanned photo would otherwise keep its camera data);
 * - objects the new catalog cannot reach (earlier revisions, whatever the steps above cut loose)
 *   are deleted, and a last walk refuses the file if anything action-like is still reachable.
 *
 * The new catalog is bare (no outline, names, forms, structure tree or XMP), the trailer has no
 * /Info and no /ID (nothing that links back to the original file), and the file is written with a
 * plain cross-reference table and without object streams, in one revision.
 *
 * Encrypted PDFs are refused: pdf-lib cannot decrypt them (with `ignoreEncryption` it would copy
 * still-encrypted strings and streams, which no viewer could read without the original keys).
 */
export async function cleanPdf(bytes: Uint8Array): Promise<Uint8Array> {
  // Throws EncryptedPDFError for an encrypted file; the caller reports every throw as 'damaged'.
  const source = await PDFDocument.load(bytes, { updateMetadata: false });
  const sourcePages = source.getPages();
  if (sourcePages.length === 0) throw new Error('PDF without pages');
  // Trimmed before copying so annotations, thumbnails and the like are never copied at all.
  for (const page of sourcePages) keepOnly(page.node, [...PAGE_KEYS, 'Parent']);

  const doc = await PDFDocument.create({ updateMetadata: false });
  for (const page of await doc.copyPages(source, source.getPageIndices())) doc.addPage(page);

  const { context } = doc;
  delete context.trailerInfo.Info;
  delete context.trailerInfo.ID;
  delete context.trailerInfo.Encrypt;
  for (const page of doc.getPages()) keepOnly(page.node, [...PAGE_KEYS, 'Parent']);
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    // pdf-lib keeps an object it cannot parse as raw bytes and would write them back verbatim.
    if (object instanceof PDFInvalidObject) context.delete(ref);
    else scrub(context, object, ref);
  }
  dropUnreachable(context);
  assertNoActions(context);

  return await doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

/** What a page dictionary keeps: how big it is, how it is turned, and what it draws. */
const PAGE_KEYS = ['Type', 'MediaBox', 'CropBox', 'BleedBox', 'TrimBox', 'ArtBox', 'Rotate', 'UserUnit', 'Resources', 'Contents', 'Group'];

/** Keys removed from every dictionary: scripts, actions, interactive parts, files, metadata, outside references. */
const DROPPED_KEYS = new Set([
  ...['AA', 'OpenAction', 'JS', 'JavaScript'],
  ...['Names', 'Annots', 'AcroForm', 'XFA'],
  ...['EmbeddedFile', 'EmbeddedFiles', 'EF', 'RF', 'AF'],
  ...['Metadata', 'PieceInfo', 'LastModified', 'Thumb'],
  ...['Ref', 'OPI', 'URI'],
]);
/** Keys that hold an action in annotations, outline items and navigation nodes; dropped when they do. */
const ACTION_KEYS = new Set(['A', 'Next', 'PA']);
/** A stream's data kept in another file (/F) and how to decode it. */
const EXTERNAL_STREAM_KEYS = new Set(['F', 'FFilter', 'FDecodeParms', 'DL']);
const ACTION_TYPES = new Set([
  'GoTo', 'GoToR', 'GoToE', 'GoToDp', 'Launch', 'Thread', 'URI', 'Sound', 'Movie', 'Hide', 'Named', 'SubmitForm',
  'ResetForm', 'ImportData', 'JavaScript', 'SetOCGState', 'Rendition', 'Trans', 'GoTo3DView', 'RichMediaExecute',
]);

/** A name as a viewer reads it, whatever #xx escapes spell it (pdf-lib only decodes upper-case hex). */
function nameOf(name: PDFName): string {
  return name.decodeText().replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function keepOnly(dict: PDFDict, keys: readonly string[]): void {
  for (const key of dict.keys()) if (!keys.includes(nameOf(key))) dict.delete(key);
}

function resolve(context: PDFContext, object: PDFObject | undefined): PDFObject | undefined {
  return object instanceof PDFRef ? context.lookup(object) : object;
}

/** Whether an object is an action dictionary, or (as /Next may be) an array of them. */
function isAction(context: PDFContext, object: PDFObject | undefined): boolean {
  const value = resolve(context, object);
  if (value instanceof PDFArray) return value.asArray().some((item) => isActionDict(context, resolve(context, item)));
  return isActionDict(context, value);
}

function isActionDict(context: PDFContext, value: PDFObject | undefined): boolean {
  if (!(value instanceof PDFDict)) return false;
  for (const [key, item] of value.entries()) {
    const name = nameOf(key);
    if (name === 'JS') return true;
    const target = resolve(context, item);
    if (name === 'S' && target instanceof PDFName && ACTION_TYPES.has(nameOf(target))) return true;
    if (name === 'Type' && target instanceof PDFName && nameOf(target) === 'Action') return true;
  }
  return false;
}

/** Removes the dropped keys from an object and the direct objects inside it (each indirect object is scrubbed on its own). */
function scrub(context: PDFContext, object: PDFObject, ref?: PDFRef): void {
  if (object instanceof PDFStream) {
    scrubDict(context, object.dict, true);
    object.updateDict(); // a numeric /Length, so an indirect one is not kept alive
    if (ref && object instanceof PDFRawStream) {
      const stripped = stripJpegMetadata(object);
      if (stripped) context.assign(ref, stripped);
    }
  } else if (object instanceof PDFDict) scrubDict(context, object, false);
  else if (object instanceof PDFArray) for (const item of object.asArray()) scrub(context, item);
}

function scrubDict(context: PDFContext, dict: PDFDict, isStream: boolean): void {
  for (const [key, value] of dict.entries()) {
    const name = nameOf(key);
    const drop =
      DROPPED_KEYS.has(name) ||
      (isStream && EXTERNAL_STREAM_KEYS.has(name)) ||
      (ACTION_KEYS.has(name) && isAction(context, value)) ||
      value instanceof PDFInvalidObject;
    if (drop) dict.delete(key);
    else scrub(context, value);
  }
}

/** Calls visit on every object reachable from the trailer's /Root, indirect or direct, once. */
function walkReachable(context: PDFContext, visit: (object: PDFObject) => void): Set<PDFRef> {
  const refs = new Set<PDFRef>();
  const seen = new Set<PDFObject>();
  const pending: PDFObject[] = [context.trailerInfo.Root as PDFObject];
  for (let object = pending.pop(); object; object = pending.pop()) {
    if (object instanceof PDFRef) {
      if (refs.has(object)) continue;
      refs.add(object);
      const target = context.lookup(object);
      if (target) pending.push(target);
      continue;
    }
    if (seen.has(object)) continue;
    seen.add(object);
    visit(object);
    const children = object instanceof PDFStream ? object.dict.values() : object instanceof PDFDict ? object.values() : object instanceof PDFArray ? object.asArray() : [];
    pending.push(...children);
  }
  return refs;
}

/** Deletes every indirect object the catalog cannot reach, so nothing from the original rides along unseen. */
function dropUnreachable(context: PDFContext): void {
  const reachable = walkReachable(context, () => {});
  for (const [ref] of context.enumerateIndirectObjects()) if (!reachable.has(ref)) context.delete(ref);
}

/** The last check: no reachable dictionary may still hold a dropped key or look like an action. */
function assertNoActions(context: PDFContext): void {
  walkReachable(context, (object) => {
    const dict = object instanceof PDFStream ? object.dict : object instanceof PDFDict ? object : undefined;
    if (!dict) return;
    if (isAction(context, dict) || dict.keys().some((key) => DROPPED_KEYS.has(nameOf(key)))) {
      throw new Error('PDF still holds an action or a dropped key after cleaning');
    }
  });
}

// --- JPEG images (DCTDecode streams) -------------------------------------------------------------

/** APPn segments a JPEG needs to be drawn as before: JFIF (APP0), an ICC profile (APP2), Adobe colour transform (APP14). */
function keepsJpegSegment(marker: number, body: Uint8Array): boolean {
  if (marker < 0xe0 || marker > 0xef) return marker !== 0xfe; // not APPn: keep all but comments (COM)
  const id = String.fromCharCode(...body.subarray(0, 12));
  return (marker === 0xe0 && id.startsWith('JFIF')) || (marker === 0xe2 && id === 'ICC_PROFILE\0') || (marker === 0xee && id.startsWith('Adobe'));
}

/**
 * For an image stream whose only filter is DCTDecode, the JPEG without its metadata segments (EXIF,
 * XMP, IPTC, comments) and without anything after its end marker (e.g. MPF secondary images with their
 * own EXIF); undefined for any other stream, or a JPEG whose structure is not understood.
 */
function stripJpegMetadata(stream: PDFRawStream): PDFRawStream | undefined {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.get(0) : filter;
  if (!(only instanceof PDFName) || nameOf(only) !== 'DCTDecode') return undefined;
  const jpeg = stream.getContents();
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return undefined;

  const parts: Uint8Array[] = [jpeg.subarray(0, 2)];
  let at = 2;
  let changed = false;
  for (;;) {
    if (jpeg[at] !== 0xff) return undefined;
    while (jpeg[at + 1] === 0xff) at++; // fill bytes
    const marker = jpeg[at + 1];
    if (marker === undefined) return undefined;
    if (marker === 0xd9) {
      parts.push(jpeg.subarray(at, at + 2));
      changed ||= at + 2 < jpeg.length;
      break;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      parts.push(jpeg.subarray(at, at + 2));
      at += 2;
      continue;
    }
    const length = ((jpeg[at + 2] ?? 0) << 8) | (jpeg[at + 3] ?? 0);
    const end = at + 2 + length;
    if (length < 2 || end > jpeg.length) return undefined;
    if (keepsJpegSegment(marker, jpeg.subarray(at + 4, end))) parts.push(jpeg.subarray(at, end));
    else changed = true;
    at = end;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart marker.
      const start = at;
      while (at < jpeg.length - 1 && !(jpeg[at] === 0xff && jpeg[at + 1] !== 0x00 && !(jpeg[at + 1]! >= 0xd0 && jpeg[at + 1]! <= 0xd7) && jpeg[at + 1] !== 0xff)) at++;
      if (at >= jpeg.length - 1) return undefined;
      parts.push(jpeg.subarray(start, at));
    }
  }
  if (!changed) return undefined;
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  const dict = stream.dict.clone();
  dict.delete(PDFName.of('Length'));
  return PDFRawStream.of(dict, out);
}
