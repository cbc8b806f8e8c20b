// Column alignment with the semantics of Go's text/tabwriter as kubectl configures it
// (minwidth 0, padding 2, pad with spaces). kubectl describe writes `Key:\tvalue` lines and lets
// the tabwriter align them; matching its rules is what makes our layout line up like kubectl's:
// - a cell is text ended by a tab; the text after the last tab of a line is not in a column;
// - a column block is a run of consecutive lines that all have a cell in that column;
// - each cell in a block is padded to the block's widest cell plus the padding.

interface Cell {
  text: string;
  width: number;
}

const PADDING = 2;

function width(text: string): number {
  // Go counts runes, not display columns.
  return [...text].length;
}

function splitLines(text: string): Cell[][] {
  const lines = text.split('\n');
  return lines.map((line) => line.split('\t').map((cell) => ({ text: cell, width: width(cell) })));
}

class Formatter {
  private readonly widths: number[] = [];
  private readonly out: string[] = [];

  constructor(private readonly lines: Cell[][]) {}

  run(): string {
    this.format(0, this.lines.length);
    return this.out.join('');
  }

  private cellsIn(line: number): Cell[] {
    return this.lines[line] ?? [];
  }

  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    let start = line0;
    for (let current = line0; current < line1; current++) {
      if (column >= this.cellsIn(current).length - 1) continue;
      // This line has a cell in this column: lines before it are complete.
      this.writeLines(start, current);
      start = current;
      let blockWidth = 0;
      for (; current < line1; current++) {
        const cells = this.cellsIn(current);
        if (column >= cells.length - 1) break;
        blockWidth = Math.max(blockWidth, (cells[column]?.width ?? 0) + PADDING);
      }
      this.widths.push(blockWidth);
      this.format(start, current);
      this.widths.pop();
      // `current` is now the line that ended the block: it has no cell here, so skipping it is fine.
      start = current;
    }
    this.writeLines(start, line1);
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const cells = this.cellsIn(i);
      cells.forEach((cell, j) => {
        this.out.push(cell.text);
        const columnWidth = this.widths[j];
        if (j < cells.length - 1 && columnWidth !== undefined) this.out.push(' '.repeat(Math.max(0, columnWidth - cell.width)));
      });
      if (i + 1 < this.lines.length) this.out.push('\n');
    }
  }
}

/** Aligns tab-separated text into columns, as kubectl's tabwriter does. */
export function alignColumns(text: string): string {
  return new Formatter(splitLines(text)).run();
}
