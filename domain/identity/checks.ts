/** The named checks an authentication produces: the answer is a list, not just a boolean. */
export type CheckName =
  | 'mrzCheckDigits'
  | 'mrzCompositeCheck'
  | 'idNumberStructure'
  | 'provinceCode'
  | 'idMatchesBirthYear'
  | 'idMatchesSex'
  | 'expiryRule'
  | 'notExpired'
  | 'qrMrzAgree'
  | 'documentNumberMatchesId';

export type CheckStatus = 'passed' | 'failed' | 'notAvailable';

export interface Check<Name extends CheckName = CheckName> {
  name: Name;
  status: CheckStatus;
  detail?: string;
}

export function check<Name extends CheckName>(name: Name, status: CheckStatus, detail?: string): Check<Name> {
  return detail === undefined ? { name, status } : { name, status, detail };
}
