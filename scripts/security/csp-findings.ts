/**
 * Google's CSP Evaluator over a policy: its findings, each with a severity name, and which of them
 * block a release (high, medium and syntax errors; the "maybe" and informational ones are shown).
 * The evaluator rates 'unsafe-eval' only "medium maybe"; the kiosk's own rule (issue 8) is stricter:
 * no 'unsafe-…' keyword at all, reported as a POLICY finding that blocks.
 */
import { Version } from 'csp_evaluator/dist/csp.js';
import { CspEvaluator } from 'csp_evaluator/dist/evaluator.js';
import { Severity } from 'csp_evaluator/dist/finding.js';
import { CspParser } from 'csp_evaluator/dist/parser.js';

export interface CspFinding {
  severity: string;
  directive: string;
  value: string | undefined;
  description: string;
}

const BLOCKING = new Set(['HIGH', 'SYNTAX', 'MEDIUM', 'POLICY']);

export function cspFindings(policy: string): CspFinding[] {
  const parsed = new CspParser(policy).csp;
  const evaluated = new CspEvaluator(parsed, Version.CSP3).evaluate().map((finding) => ({
    severity: Severity[finding.severity] ?? String(finding.severity),
    directive: finding.directive,
    value: finding.value,
    description: finding.description,
  }));
  const unsafe = Object.entries(parsed.directives).flatMap(([directive, values]) =>
    (values ?? [])
      .filter((value) => /^'[a-z-]*unsafe-[a-z-]*'$/i.test(value))
      .map((value) => ({ severity: 'POLICY', directive, value, description: `the kiosk pages allow no ${value}` })),
  );
  return [...evaluated, ...unsafe];
}

export function isBlockingCspFinding(finding: CspFinding): boolean {
  return BLOCKING.has(finding.severity);
}
