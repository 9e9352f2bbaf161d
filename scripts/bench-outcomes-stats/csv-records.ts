// Counts the records of a CSV stream chunk by chunk, without holding it: a line break inside a quoted
// field (RFC 4180, "" for a quote) does not end a record.
export class CsvRecordCounter {
  private quoted = false;
  private lineHasData = false;
  records = 0;

  push(chunk: string): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 34 /* " */) {
        // A doubled quote inside a quoted field toggles twice: still quoted.
        this.quoted = !this.quoted;
        this.lineHasData = true;
      } else if (c === 10 /* \n */ && !this.quoted) {
        if (this.lineHasData) this.records++;
        this.lineHasData = false;
      } else if (c !== 13 /* \r */) this.lineHasData = true;
    }
  }

  /** Records including a last one without a final line break. */
  end(): number {
    if (this.lineHasData) this.records++;
    this.lineHasData = false;
    return this.records;
  }
}
