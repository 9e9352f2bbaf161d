import { PDFArray, PDFDict, PDFName, PDFNull, PDFNumber, PDFRawStream, decodePDFRawStream, type PDFContext, type PDFObject } from 'pdf-lib';
import { nameOf, resolve } from './pdf-objects';

/**
 * JPEG images in a PDF (DCTDecode) and their metadata: a JPEG is stored byte for byte, so a scanned
 * or photographed page keeps its camera's EXIF (with GPS), XMP, IPTC and comments unless they are cut.
 *
 * - An image stream whose filters end in DCTDecode, however /Filter is written (a name or an array,
 *   direct or indirect, escaped or abbreviated as /DCT), has the layers before it decoded (Flate, LZW,
 *   ASCII85, ASCIIHex, RunLength; pdf-lib decodes them, within the inflate budget), the metadata
 *   segments of the JPEG cut, and is stored again with a plain /DCTDecode: rather than refuse such a
 *   file, which some tools write, it costs one decode, and leaves no other layer to hide anything in.
 *   Anything else (DCT not last, a layer pdf-lib cannot decode or one with a predictor, a JPEG whose
 *   structure the parser cannot follow) is refused: such files are broken or crafted.
 * - A JPEG drawn as an inline image (`BI … /F /DCT ID <bytes> EI`, in a content stream) is refused:
 *   inline JPEGs are rare, and rewriting a content stream around binary image data is not worth
 *   the risk of breaking (or mis-cleaning) the page.
 */

const FILTER_ABBREVIATIONS = new Map([
  ['AHx', 'ASCIIHexDecode'],
  ['A85', 'ASCII85Decode'],
  ['LZW', 'LZWDecode'],
  ['Fl', 'FlateDecode'],
  ['RL', 'RunLengthDecode'],
  ['CCF', 'CCITTFaxDecode'],
  ['DCT', 'DCTDecode'],
]);
/** The filters pdf-lib decodes. */
const DECODABLE_FILTERS = new Set(['ASCIIHexDecode', 'ASCII85Decode', 'LZWDecode', 'FlateDecode', 'RunLengthDecode']);

export type FilterLayer = { name: string; parms: PDFDict | undefined };

/**
 * A stream's filters in the order they decode: names resolved, unescaped and unabbreviated, each with
 * its (resolved) parameters. Throws if /Filter is neither a name nor an array of names.
 */
export function filterChain(context: PDFContext, dict: PDFDict): FilterLayer[] {
  const filter = resolve(context, dict.get(PDFName.of('Filter')));
  if (filter === undefined || filter === PDFNull) return [];
  const names = filter instanceof PDFArray ? filter.asArray().map((item) => resolve(context, item)) : [filter];
  const parms = resolve(context, dict.get(PDFName.of('DecodeParms')));
  return names.map((name, index) => {
    if (!(name instanceof PDFName)) throw new Error('A stream filter is not a name');
    const layerParms = parms instanceof PDFArray ? resolve(context, parms.get(index)) : names.length === 1 ? parms : undefined;
    const decoded = nameOf(name);
    return { name: FILTER_ABBREVIATIONS.get(decoded) ?? decoded, parms: layerParms instanceof PDFDict ? layerParms : undefined };
  });
}

/** Whether a filter's parameters ask for a PNG or TIFF predictor, which pdf-lib's decoders ignore. */
export function hasPredictor(context: PDFContext, parms: PDFDict | undefined): boolean {
  const predictor = resolve(context, parms?.get(PDFName.of('Predictor')));
  return predictor instanceof PDFNumber && predictor.asNumber() > 1;
}

/**
 * For a stream whose last filter is DCTDecode: the same stream holding the JPEG without its metadata,
 * with /Filter /DCTDecode alone (and the DCT layer's own parameters); undefined for any other stream,
 * or a plain DCTDecode JPEG that has no metadata. Throws where it cannot clean the JPEG.
 */
export function cleanJpegStream(context: PDFContext, stream: PDFRawStream): PDFRawStream | undefined {
  const chain = filterChain(context, stream.dict);
  const dct = chain.findIndex((layer) => layer.name === 'DCTDecode');
  if (dct < 0) return undefined;
  if (dct !== chain.length - 1) throw new Error('DCTDecode is not the last filter');
  const layers = chain.slice(0, dct);
  for (const layer of layers) {
    if (!DECODABLE_FILTERS.has(layer.name) || hasPredictor(context, layer.parms)) throw new Error(`Cannot undo ${layer.name} around a JPEG`);
  }

  const raw = stream.getContents();
  const jpeg = layers.length === 0 ? raw : decodeLayers(context, layers, raw);
  const stripped = stripJpegMetadata(jpeg);
  if (stripped === raw && stream.dict.get(PDFName.of('Filter')) === PDFName.of('DCTDecode')) return undefined;

  const dict = stream.dict.clone();
  dict.delete(PDFName.of('Length'));
  dict.set(PDFName.of('Filter'), PDFName.of('DCTDecode'));
  const parms = chain[dct]!.parms;
  if (parms) dict.set(PDFName.of('DecodeParms'), parms);
  else dict.delete(PDFName.of('DecodeParms'));
  // A decoded JPEG is a view into pdf-lib's (larger) decode buffer: keep a copy of just the JPEG.
  return PDFRawStream.of(dict, stripped === raw ? raw : stripped.slice());
}

function decodeLayers(context: PDFContext, layers: FilterLayer[], data: Uint8Array): Uint8Array {
  const dict = context.obj({
    Filter: layers.map((layer) => PDFName.of(layer.name)),
    DecodeParms: layers.map((layer): PDFObject => layer.parms ?? PDFNull),
  });
  return decodePDFRawStream(PDFRawStream.of(dict, data)).decode();
}

/** APPn segments a JPEG needs to be drawn as before: JFIF (APP0), an ICC profile (APP2), Adobe colour transform (APP14). */
function keepsJpegSegment(marker: number, body: Uint8Array): boolean {
  if (marker < 0xe0 || marker > 0xef) return marker !== 0xfe; // not APPn: keep all but comments (COM)
  const id = String.fromCharCode(...body.subarray(0, 12));
  return (marker === 0xe0 && id.startsWith('JFIF')) || (marker === 0xe2 && id === 'ICC_PROFILE\0') || (marker === 0xee && id.startsWith('Adobe'));
}

const isRestart = (marker: number | undefined) => marker !== undefined && marker >= 0xd0 && marker <= 0xd7;

/**
 * The JPEG without its metadata segments (EXIF, XMP, IPTC, comments, wherever they sit between its
 * segments and scans) and without anything after its end marker (e.g. MPF secondary images with
 * their own EXIF); the same array if there was nothing to cut. Throws if its structure is not
 * understood (so a JPEG it cannot read is never kept as it is).
 */
export function stripJpegMetadata(jpeg: Uint8Array): Uint8Array {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('JPEG without a start-of-image marker');
  const parts: Uint8Array[] = [jpeg.subarray(0, 2)];
  let at = 2;
  let changed = false;
  for (;;) {
    if (jpeg[at] !== 0xff) throw new Error('JPEG segment without a marker');
    while (jpeg[at + 1] === 0xff) at++; // fill bytes
    const marker = jpeg[at + 1];
    if (marker === undefined) throw new Error('JPEG without an end-of-image marker');
    if (marker === 0xd9) {
      parts.push(jpeg.subarray(at, at + 2));
      changed ||= at + 2 < jpeg.length;
      break;
    }
    if (marker === 0x01 || isRestart(marker)) {
      parts.push(jpeg.subarray(at, at + 2));
      at += 2;
      continue;
    }
    const length = ((jpeg[at + 2] ?? 0) << 8) | (jpeg[at + 3] ?? 0);
    const end = at + 2 + length;
    if (length < 2 || end > jpeg.length) throw new Error('JPEG segment past the end of the data');
    if (keepsJpegSegment(marker, jpeg.subarray(at + 4, end))) parts.push(jpeg.subarray(at, end));
    else changed = true;
    at = end;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart marker.
      const start = at;
      while (at < jpeg.length - 1 && !(jpeg[at] === 0xff && jpeg[at + 1] !== 0x00 && !isRestart(jpeg[at + 1]) && jpeg[at + 1] !== 0xff)) at++;
      if (at >= jpeg.length - 1) throw new Error('JPEG scan without an end');
      parts.push(jpeg.subarray(start, at));
    }
  }
  if (!changed) return jpeg;
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

// --- Inline images ---------------------------------------------------------------------------------

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const isRegular = (byte: number | undefined) => byte !== undefined && !WHITESPACE.has(byte) && !DELIMITERS.has(byte);
const DCT_NAMES = new Set(['DCT', 'DCTDecode']);
const VALUE_KEYWORDS = new Set(['true', 'false', 'null']);
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** Where the next `BI` operator (not part of a longer token or a name) starts, from `from`; -1 if none. */
function nextBeginImage(content: Uint8Array, from: number): number {
  for (let at = content.indexOf(0x42, from); at >= 0; at = content.indexOf(0x42, at + 1)) {
    if (content[at + 1] === 0x49 && (at === 0 || (!isRegular(content[at - 1]) && content[at - 1] !== 0x2f)) && !isRegular(content[at + 2])) return at;
  }
  return -1;
}

/**
 * Whether a (decoded) content stream draws an inline image with a DCT filter. Every `BI` is read
 * on its own: the tokens after it up to `ID` make an inline image dictionary, and if any name in it
 * is /DCT or /DCTDecode (as /F or /Filter, alone or in an array, escaped or not) the answer is yes.
 * A `BI` inside a string, a comment or image data can only add a false alarm, never hide a real
 * image, and each reading stops at the next `BI`, so the whole takes linear time.
 */
export function hasInlineJpeg(content: Uint8Array): boolean {
  for (let at = nextBeginImage(content, 0); at >= 0;) {
    const next = nextBeginImage(content, at + 2);
    const names = inlineImageNames(content, at + 2, next < 0 ? content.length : next);
    if (names?.some((name) => DCT_NAMES.has(name))) return true;
    at = next;
  }
  return false;
}

/** The names of the inline image dictionary that starts at `from`, if an `ID` ends it before `limit`. */
function inlineImageNames(content: Uint8Array, from: number, limit: number): string[] | undefined {
  const names: string[] = [];
  let at = from;
  while (at < limit) {
    const byte = content[at]!;
    if (WHITESPACE.has(byte) || byte === 0x5b || byte === 0x5d || byte === 0x7b || byte === 0x7d) {
      at++; // [ ] { }
    } else if (byte === 0x25) {
      while (at < limit && content[at] !== 0x0a && content[at] !== 0x0d) at++; // % comment
    } else if (byte === 0x2f) {
      let end = at + 1;
      while (end < limit && isRegular(content[end])) end++;
      names.push(latin1(content.subarray(at + 1, end)).replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
      at = end;
    } else if (byte === 0x28) {
      let depth = 0; // ( literal string ), with nesting and escapes
      for (; at < limit; at++) {
        if (content[at] === 0x5c) at++;
        else if (content[at] === 0x28) depth++;
        else if (content[at] === 0x29 && --depth === 0) break;
      }
      at++;
    } else if (byte === 0x3c || byte === 0x3e) {
      if (content[at + 1] === byte)
        at += 2; // << or >>
      else if (byte === 0x3e) at++;
      else {
        while (at < limit && content[at] !== 0x3e) at++; // <hex string>
        at++;
      }
    } else if (byte === 0x29) {
      return undefined;
    } else {
      let end = at;
      while (end < limit && isRegular(content[end])) end++;
      const token = latin1(content.subarray(at, end));
      if (token === 'ID') return names;
      if (!/^[+\-.\d]+$/.test(token) && !VALUE_KEYWORDS.has(token)) return undefined; // another operator: not an image dictionary
      at = end;
    }
  }
  return undefined;
}
