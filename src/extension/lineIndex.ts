// Offsets <-> line/character positions of a text, computed once per analysed text (no vscode, so the bench can use it).

export interface LinePosition {
  line: number;
  character: number;
}

/** Line starts of a text, with VS Code's notion of a line break (\r\n, \n or a lone \r). */
export class LineIndex {
  private readonly _starts: number[];

  constructor(private readonly _length: number, starts: number[]) {
    this._starts = starts;
  }

  static of(text: string): LineIndex {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    return new LineIndex(text.length, starts);
  }

  get lineCount(): number {
    return this._starts.length;
  }

  position(offset: number): LinePosition {
    const clamped = Math.max(0, Math.min(offset, this._length));
    let lo = 0;
    let hi = this._starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this._starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: clamped - this._starts[lo] };
  }

  offset(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this._starts.length) return this._length;
    return Math.min(this._starts[line] + Math.max(0, character), this._length);
  }
}
