import { PDFDict, PDFName, PDFNumber, PDFRef, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';

/** Small helpers over pdf-lib objects, shared by the PDF cleaner's modules. */

/** A name as a viewer reads it, whatever #xx escapes spell it (pdf-lib only decodes upper-case hex). */
export function nameOf(name: PDFName): string {
  return name.decodeText().replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function resolve(context: PDFContext, object: PDFObject | undefined): PDFObject | undefined {
  return object instanceof PDFRef ? context.lookup(object) : object;
}

/** The dictionary of a dictionary or a stream. */
export function dictOf(object: PDFObject | undefined): PDFDict | undefined {
  return object instanceof PDFStream ? object.dict : object instanceof PDFDict ? object : undefined;
}

/** The value of `key` in a dictionary or stream, resolved, as a viewer's name (see nameOf), or undefined. */
export function nameValue(context: PDFContext, object: PDFObject | undefined, key: string): string | undefined {
  const value = resolve(context, dictOf(object)?.get(PDFName.of(key)));
  return value instanceof PDFName ? nameOf(value) : undefined;
}

/** The value of `key` in a dictionary or stream, resolved, as a number, or undefined. */
export function numberValue(context: PDFContext, object: PDFObject | undefined, key: string): number | undefined {
  const value = resolve(context, dictOf(object)?.get(PDFName.of(key)));
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}

export function keepOnly(dict: PDFDict, keys: readonly string[]): void {
  for (const key of dict.keys()) if (!keys.includes(nameOf(key))) dict.delete(key);
}
