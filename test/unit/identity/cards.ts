/**
 * Test helpers: fake CCCD data built from first principles (the ICAO 7-3-1 check digit is
 * computed here, independently of the code under test).
 */

/** ICAO 9303 check digit: weights 7, 3, 1 repeating; `<` = 0, 0-9, A = 10 ... Z = 35. */
export function icaoCheckDigit(text: string): string {
  const weights = [7, 3, 1];
  let sum = 0;
  [...text].forEach((char, index) => {
    const value = char === '<' ? 0 : /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55;
    sum += value * (weights[index % 3] as number);
  });
  return String(sum % 10);
}

export interface MrzSpec {
  idNumber: string;
  /** Defaults to the last 9 digits of the ID, as on a CCCD. */
  documentNumber?: string;
  birth: string; // YYMMDD
  sex: 'M' | 'F';
  expiry: string; // YYMMDD or <<<<<<
  /** Check digit written for a `<<<<<<` expiry: '<' (default) or '0'. */
  noExpiryCheck?: '<' | '0';
  surname: string;
  givenNames: string[];
}

export const SAMPLE: MrzSpec = {
  idNumber: '001085012345',
  birth: '850412',
  sex: 'M',
  expiry: '450412',
  surname: 'NGUYEN',
  givenNames: ['VAN', 'AN'],
};

export function buildMrz(spec: MrzSpec): [string, string, string] {
  const documentNumber = spec.documentNumber ?? spec.idNumber.slice(-9);
  const line1 = `IDVNM${documentNumber}${icaoCheckDigit(documentNumber)}${spec.idNumber}<<<`;
  const expiryCheck = spec.expiry === '<<<<<<' ? (spec.noExpiryCheck ?? '<') : icaoCheckDigit(spec.expiry);
  const line2Head = `${spec.birth}${icaoCheckDigit(spec.birth)}${spec.sex}${spec.expiry}${expiryCheck}VNM${'<'.repeat(11)}`;
  const composite = icaoCheckDigit(line1.slice(5, 30) + line2Head.slice(0, 7) + line2Head.slice(8, 15) + line2Head.slice(18, 29));
  const line3 = `${spec.surname}<<${spec.givenNames.join('<')}`.padEnd(30, '<').slice(0, 30);
  return [line1, line2Head + composite, line3];
}

export const mrzText = (spec: MrzSpec): string => buildMrz(spec).join('\n');

/** Replace the characters from 1-based `column` on one line of a zone. */
export function overwrite(lines: readonly string[], line: 1 | 2 | 3, column: number, text: string): string[] {
  return lines.map((value, index) =>
    index === line - 1 ? value.slice(0, column - 1) + text + value.slice(column - 1 + text.length) : value,
  );
}

export interface QrSpec {
  idNumber: string;
  oldIdNumber: string;
  fullName: string;
  birth: string; // ddMMyyyy
  sex: 'Nam' | 'Nữ';
  residence: string;
  issue: string; // ddMMyyyy
}

export const SAMPLE_QR: QrSpec = {
  idNumber: '001085012345',
  oldIdNumber: '013456789',
  fullName: 'Nguyễn Văn An',
  birth: '12041985',
  sex: 'Nam',
  residence: 'Số 12 Phố Hàng Bài, Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội',
  issue: '01062023',
};

export const qr2021 = (spec: QrSpec): string =>
  [spec.idNumber, spec.oldIdNumber, spec.fullName, spec.birth, spec.sex, spec.residence, spec.issue].join('|');

export const qr2021NoOldId = (spec: QrSpec): string =>
  [spec.idNumber, spec.fullName, spec.birth, spec.sex, spec.residence, spec.issue].join('|');
