import { indicatorUnitLabels, type TPlanningFigures } from '@lotse/shared';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/** The shown figures as rows of a sheet: exactly what the dashboard shows, "." where suppressed. */
function sheetRows(f: TPlanningFigures, label: string): (string | number)[][] {
  const unit = indicatorUnitLabels[f.unit];
  const header = ['Gruppe', 'Anzahl', `Wert (${unit})`, 'Bevölkerung'];
  const line = (r: TPlanningFigures['rows'][number]) => [r.label, r.count, r.value ?? '', r.population ?? ''];
  return [
    [label],
    [`Zeitraum: ${f.from ?? ''} bis ${f.to ?? ''}`, `Stand: ${f.builtAt ?? ''}`],
    header,
    ...f.rows.map(line),
    line(f.total),
    ...f.notes.map((n) => [n]),
  ];
}

/** CSV (semicolon, UTF-8 with BOM, as German spreadsheet programs open it). */
export function figuresCsv(f: TPlanningFigures, label: string): Buffer {
  const text = stringify(sheetRows(f, label), { delimiter: ';', bom: true });
  return Buffer.from(text, 'utf8');
}

/** XLSX with one sheet. */
export async function figuresXlsx(f: TPlanningFigures, label: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lotse';
  const sheet = book.addWorksheet('Kennzahl');
  for (const row of sheetRows(f, label)) sheet.addRow(row);
  sheet.getRow(3).font = { bold: true };
  sheet.getColumn(1).width = 48;
  for (const c of [2, 3, 4]) sheet.getColumn(c).width = 16;
  return Buffer.from(await book.xlsx.writeBuffer());
}
