import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFInvalidObject,
  PDFName,
  PDFNull,
  PDFRawStream,
  PDFRef,
  PDFStream,
  decodePDFRawStream,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { withInflateBudget } from './pdf-inflate-budget';
import { cleanJpegStream, filterChain, hasInlineJpeg, hasPredictor } from './pdf-jpeg';
import { dictOf, keepOnly, nameOf, nameValue, numberValue, resolve } from './pdf-objects';

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
 * - every resource dictionary (of a page, form XObject, pattern or Type 3 font) keeps only the kinds
 *   of resources a page draws with (ExtGState, ColorSpace, Pattern, Shading, XObject, Font, ProcSet,
 *   Properties), and of each only the entries of the right type: fonts, image and form XObjects,
 *   graphics states (with only their standard keys), colour spaces, patterns, shadings and, as marked-
 *   content properties, optional-content groups (kept with their type, name and intent: a /Usage may
 *   name the program or the people that made them; other property lists go, such as an Info
 *   dictionary or a catalog that a property name pointed to);
 * - no reference may lead out of the new page tree to a catalog, page tree node or page (a custom key
 *   pointing to the old catalog would otherwise copy the whole old document: outline, names, info);
 * - every dictionary and stream dictionary the pages reach loses /AA, /OpenAction, /JS,
 *   /JavaScript, /Names, /Annots, /AcroForm, /XFA, /Metadata (XMP on images, fonts, forms…),
 *   /PieceInfo, /LastModified, /Thumb, embedded and associated files (/EmbeddedFile(s), /EF, /RF,
 *   /AF), external references (/Ref, /OPI, /URI, a stream's external /F data), and any /A, /Next or
 *   /PA holding an action;
 * - JPEG images lose their EXIF/GPS, XMP, IPTC and comment segments (pdf-lib embeds JPEG files byte
 *   for byte, so a scanned photo would otherwise keep its camera data), however their filter is
 *   written, and a page that draws a JPEG as an inline image is refused (see pdf-jpeg.ts);
 * - objects the new catalog cannot reach (earlier revisions, whatever the steps above cut loose)
 *   are deleted, and a last walk refuses the file if anything action-like, or a catalog or page tree
 *   node outside the new tree, is still reachable.
 *
 * The new catalog is bare (no outline, names, forms, structure tree, optional-content configuration
 * or XMP), the trailer has no /Info and no /ID (nothing that links back to the original file), and
 * the file is written with a plain cross-reference table and without object streams, in one revision.
 *
 * Everything pdf-lib inflates for one file (object and cross-reference streams at load, then content
 * streams and JPEG wrappers) shares one inflate budget (see INFLATE_BUDGET): a decompression bomb
 * is refused after a second at most, instead of taking minutes and gigabytes.
 *
 * What survives by nature is what the pages themselves draw or say, in their content streams: text
 * drawn invisibly (render mode 3) or outside the page, `%` comments, content hidden in optional-
 * content groups (which show, as the new catalog has no configuration to hide them). Cutting those
 * would mean rewriting content streams (around binary inline image data), which is left undone.
 * Unusual keys inside a font, image or form dictionary that lead to no catalog or action are kept.
 *
 * Encrypted PDFs are refused: pdf-lib cannot decrypt them (with `ignoreEncryption` it would copy
 * still-encrypted strings and streams, which no viewer could read without the original keys).
 */
export async function cleanPdf(bytes: Uint8Array): Promise<Uint8Array> {
  return await withInflateBudget(INFLATE_BUDGET, () => rebuild(bytes));
}

/**
 * How many bytes all the streams decoded for one file may inflate to, together. At load pdf-lib
 * inflates only object streams and cross-reference streams, which hold dictionaries and offsets: a
 * few MB even for a file of thousands of pages (page content, images and fonts are copied without
 * being decoded). The cleaning then decodes the content streams (to look for inline JPEGs) and the
 * layers around a JPEG, which together stay below the upload's own 10 MB times its compression
 * ratio: a 10 MB file would need to compress better than 6:1 throughout to reach 64 MB. Spent,
 * the budget stops a bomb after ~0.5–1.3 s of pdf-lib's JavaScript inflater, with buffers under
 * ~100 MB (pdf-lib doubles a buffer as it grows it).
 */
const INFLATE_BUDGET = 64 * 1024 * 1024;

async function rebuild(bytes: Uint8Array): Promise<Uint8Array> {
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
  const tree = pageTree(context);
  normalizeKeys(context);
  // Resources first, so what they hide (and all it points to) is cut loose before anything is scrubbed or decoded.
  cleanResources(context);
  dropUnreachable(context);
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    // pdf-lib keeps an object it cannot parse as raw bytes and would write them back verbatim.
    if (object instanceof PDFInvalidObject) context.delete(ref);
    else scrub(context, tree, object, ref);
  }
  dropUnreachable(context);
  assertClean(context, tree);
  assertNoInlineJpeg(context);

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
  'GoTo',
  'GoToR',
  'GoToE',
  'GoToDp',
  'Launch',
  'Thread',
  'URI',
  'Sound',
  'Movie',
  'Hide',
  'Named',
  'SubmitForm',
  'ResetForm',
  'ImportData',
  'JavaScript',
  'SetOCGState',
  'Rendition',
  'Trans',
  'GoTo3DView',
  'RichMediaExecute',
]);

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

/** Page tree node types: in the new file, only the new catalog and page tree may be of these. */
const TREE_TYPES = new Set(['Catalog', 'Pages', 'Page']);
/** The keys kept in optional-content groups and membership dictionaries (an OCG's /Usage may name its creator and users). */
const TYPED_KEYS = new Map<string, readonly string[]>([
  ['OCG', ['Type', 'Name', 'Intent']],
  ['OCMD', ['Type', 'OCGs', 'P', 'VE']],
]);
/** The keys of a transparency group (a page's or form's /Group). */
const GROUP_KEYS = ['Type', 'S', 'CS', 'I', 'K'];

/** The refs of the new page tree: its root and every node and page under it. */
function pageTree(context: PDFContext): Set<PDFRef> {
  const refs = new Set<PDFRef>();
  const visit = (ref: PDFObject | undefined): void => {
    if (!(ref instanceof PDFRef) || refs.has(ref)) return;
    refs.add(ref);
    const kids = resolve(context, dictOf(context.lookup(ref))?.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) kids.asArray().forEach(visit);
  };
  visit(context.lookup(context.trailerInfo.Root, PDFDict).get(PDFName.of('Pages')));
  return refs;
}

/** Whether a value is (or points to) a catalog, page tree node or page that is not part of the new page tree. */
function leavesTree(context: PDFContext, tree: Set<PDFRef>, value: PDFObject | undefined): boolean {
  const type = nameValue(context, resolve(context, value), 'Type');
  return type !== undefined && TREE_TYPES.has(type) && !(value instanceof PDFRef && tree.has(value));
}

/**
 * Spells every key of every reachable dictionary as a viewer reads it (`/Fi#6cter` is /Filter), so
 * that pdf-lib's own lookups (the decoders' /Filter, say) and the rules below see what a viewer sees.
 */
function normalizeKeys(context: PDFContext): void {
  walkReachable(context, (object) => {
    const dict = dictOf(object);
    if (!dict) return;
    for (const [key, value] of dict.entries()) {
      const name = nameOf(key);
      if (PDFName.of(name) === key) continue;
      if (dict.has(PDFName.of(name))) throw new Error(`Key /${name} spelled twice`);
      dict.delete(key);
      dict.set(PDFName.of(name), value);
    }
  });
}

/** Removes the dropped keys from an object and the direct objects inside it (each indirect object is scrubbed on its own). */
function scrub(context: PDFContext, tree: Set<PDFRef>, object: PDFObject, ref?: PDFRef): void {
  if (object instanceof PDFStream) {
    scrubDict(context, tree, object.dict, true);
    object.updateDict(); // a numeric /Length, so an indirect one is not kept alive
    if (ref && object instanceof PDFRawStream) {
      const cleaned = cleanJpegStream(context, object);
      if (cleaned) context.assign(ref, cleaned);
    }
  } else if (object instanceof PDFDict) scrubDict(context, tree, object, false);
  else if (object instanceof PDFArray) {
    object.asArray().forEach((item, index) => {
      if (leavesTree(context, tree, item)) object.set(index, PDFNull);
      else scrub(context, tree, item);
    });
  }
}

function scrubDict(context: PDFContext, tree: Set<PDFRef>, dict: PDFDict, isStream: boolean): void {
  const onlyKeys = TYPED_KEYS.get(nameValue(context, dict, 'Type') ?? '');
  if (onlyKeys) keepOnly(dict, onlyKeys);
  for (const [key, value] of dict.entries()) {
    const name = nameOf(key);
    const drop =
      DROPPED_KEYS.has(name) ||
      (isStream && EXTERNAL_STREAM_KEYS.has(name)) ||
      (ACTION_KEYS.has(name) && isAction(context, value)) ||
      value instanceof PDFInvalidObject ||
      leavesTree(context, tree, value);
    if (drop) {
      dict.delete(key);
      continue;
    }
    const group = name === 'Group' ? resolve(context, value) : undefined;
    if (group instanceof PDFDict) keepOnly(group, GROUP_KEYS);
    scrub(context, tree, value);
  }
}

// --- Resources -----------------------------------------------------------------------------------

/** The standard keys of a graphics state parameter dictionary (ISO 32000-2, table 57). */
const EXTGSTATE_KEYS = [
  ...['Type', 'LW', 'LC', 'LJ', 'ML', 'D', 'RI', 'OP', 'op', 'OPM', 'Font', 'BG', 'BG2', 'UCR', 'UCR2', 'TR', 'TR2', 'HT'],
  ...['FL', 'SM', 'SA', 'BM', 'SMask', 'CA', 'ca', 'AIS', 'TK', 'UseBlackPtComp', 'HTO'],
];
const COLOR_SPACE_FAMILIES = new Set([
  ...['DeviceGray', 'DeviceRGB', 'DeviceCMYK', 'CalGray', 'CalRGB', 'Lab', 'ICCBased', 'Indexed', 'Pattern', 'Separation', 'DeviceN'],
  ...['G', 'RGB', 'CMYK', 'I'], // abbreviations some viewers accept
]);
const PROC_SETS = new Set(['PDF', 'Text', 'ImageB', 'ImageC', 'ImageI']);

/** Whether a dictionary's /Type, if it has one, is `type`. */
const typed = (context: PDFContext, object: PDFObject, type: string) => [undefined, type].includes(nameValue(context, object, 'Type'));

/**
 * For each kind of resource a resource dictionary may hold, whether a named resource of that kind
 * (resolved) is of the right type to be kept; a graphics state is also trimmed to its standard keys.
 */
type KeepsResource = (context: PDFContext, value: PDFObject | undefined) => boolean;
const RESOURCE_KINDS = new Map<string, KeepsResource>([
  ['Font', (context, value) => value instanceof PDFDict && typed(context, value, 'Font') && nameValue(context, value, 'Subtype') !== undefined],
  [
    'XObject',
    (context, value) =>
      value instanceof PDFStream && typed(context, value, 'XObject') && ['Image', 'Form'].includes(nameValue(context, value, 'Subtype') ?? ''),
  ],
  [
    'ExtGState',
    (context, value) => {
      if (!(value instanceof PDFDict) || !typed(context, value, 'ExtGState')) return false;
      keepOnly(value, EXTGSTATE_KEYS);
      return true;
    },
  ],
  [
    'ColorSpace',
    (context, value) => {
      const family = value instanceof PDFArray ? resolve(context, value.get(0)) : value;
      return family instanceof PDFName && COLOR_SPACE_FAMILIES.has(nameOf(family));
    },
  ],
  [
    'Pattern',
    (context, value) => {
      const type = numberValue(context, value, 'PatternType');
      return ((value instanceof PDFStream && type === 1) || (value instanceof PDFDict && type === 2)) && typed(context, value, 'Pattern');
    },
  ],
  ['Shading', (context, value) => [1, 2, 3, 4, 5, 6, 7].includes(numberValue(context, value, 'ShadingType') ?? 0)],
  // Marked-content property lists: only optional-content groups change what a page shows.
  ['Properties', (context, value) => value instanceof PDFDict && ['OCG', 'OCMD'].includes(nameValue(context, value, 'Type') ?? '')],
]);

/**
 * Allow-lists every resource dictionary reachable (pages, form XObjects, tiling patterns, Type 3
 * fonts): only the kinds of resources in RESOURCE_KINDS and /ProcSet, and of each kind only the
 * names whose value is of that kind. Whatever else they pointed to is left unreachable.
 */
function cleanResources(context: PDFContext): void {
  const holders: PDFDict[] = [];
  walkReachable(context, (object) => {
    const dict = dictOf(object);
    if (dict?.has(PDFName.of('Resources'))) holders.push(dict);
  });
  for (const holder of holders) {
    const resources = resolve(context, holder.get(PDFName.of('Resources')));
    if (resources instanceof PDFDict) cleanResourceDict(context, resources);
    else holder.delete(PDFName.of('Resources'));
  }
}

function cleanResourceDict(context: PDFContext, resources: PDFDict): void {
  for (const [key, value] of resources.entries()) {
    const kind = nameOf(key);
    const named = resolve(context, value);
    if (kind === 'ProcSet') {
      const sets = named instanceof PDFArray ? named.asArray().filter((set) => set instanceof PDFName && PROC_SETS.has(nameOf(set))) : [];
      resources.set(key, context.obj(sets));
      continue;
    }
    const keeps = RESOURCE_KINDS.get(kind);
    if (!keeps || !(named instanceof PDFDict)) {
      resources.delete(key);
      continue;
    }
    for (const [name, item] of named.entries()) if (!keeps(context, resolve(context, item))) named.delete(name);
    if (named.keys().length === 0) resources.delete(key);
  }
}

// --- Reachability and the last checks ---------------------------------------------------------------

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
    const children =
      object instanceof PDFStream ? object.dict.values() : object instanceof PDFDict ? object.values() : object instanceof PDFArray ? object.asArray() : [];
    pending.push(...children);
  }
  return refs;
}

/** Deletes every indirect object the catalog cannot reach, so nothing from the original rides along unseen. */
function dropUnreachable(context: PDFContext): void {
  const reachable = walkReachable(context, () => {});
  for (const [ref] of context.enumerateIndirectObjects()) if (!reachable.has(ref)) context.delete(ref);
}

/**
 * The last check: no reachable dictionary may still hold a dropped key or look like an action, and
 * the only catalog and page tree nodes are the new ones.
 */
function assertClean(context: PDFContext, tree: Set<PDFRef>): void {
  const allowed = new Set([context.trailerInfo.Root as PDFRef, ...tree].map((ref) => context.lookup(ref)));
  walkReachable(context, (object) => {
    const dict = dictOf(object);
    if (!dict) return;
    if (isAction(context, dict) || dict.keys().some((key) => DROPPED_KEYS.has(nameOf(key)))) {
      throw new Error('PDF still holds an action or a dropped key after cleaning');
    }
    if (TREE_TYPES.has(nameValue(context, dict, 'Type') ?? '') && !allowed.has(object))
      throw new Error('PDF still holds a page tree node outside the new tree');
  });
}

/**
 * Refuses the file if any content stream (a page's, a form XObject's, a tiling pattern's or a Type 3
 * glyph's) draws an inline JPEG. Decoded with pdf-lib, so within the inflate budget; one it cannot
 * decode (or decode faithfully: a predictor) is refused as well, since it cannot be checked.
 */
function assertNoInlineJpeg(context: PDFContext): void {
  const streams = new Set<PDFRawStream>();
  const add = (value: PDFObject | undefined) => {
    const stream = resolve(context, value);
    if (stream instanceof PDFRawStream) streams.add(stream);
  };
  walkReachable(context, (object) => {
    if (object instanceof PDFStream) {
      if (nameValue(context, object, 'Subtype') === 'Form' || numberValue(context, object, 'PatternType') === 1) add(object);
    } else if (object instanceof PDFDict) {
      if (nameValue(context, object, 'Type') === 'Page') {
        const contents = resolve(context, object.get(PDFName.of('Contents')));
        if (contents instanceof PDFArray) contents.asArray().forEach(add);
        else add(contents);
      }
      const glyphs = resolve(context, object.get(PDFName.of('CharProcs')));
      if (glyphs instanceof PDFDict) glyphs.values().forEach(add);
    }
  });
  for (const stream of streams) {
    if (filterChain(context, stream.dict).some((layer) => hasPredictor(context, layer.parms))) throw new Error('Content stream with a predictor');
    if (hasInlineJpeg(decodePDFRawStream(stream).decode())) throw new Error('PDF draws an inline JPEG');
  }
}
