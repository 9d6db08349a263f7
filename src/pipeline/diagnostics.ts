/**
 * Stages report, they do not throw (the unified/retext habit): each takes a sink and pushes
 * located messages into it; the CLI prints the errors as one line each.
 */
export type Severity = 'error' | 'warning' | 'info';

/** One located message: which file, where in it, which rule, and what is wrong. */
export interface Diagnostic {
  file: string;
  /** UTF-16 offset into the file, where the problem is located. */
  offset?: number;
  /** A short kebab-case rule id, such as `empty-file` or `annotation-unknown-scene`. */
  rule: string;
  message: string;
  severity: Severity;
}

/** Collects diagnostics from the stages of one run. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  report(d: Diagnostic): void {
    this.items.push(d);
  }

  error(file: string, rule: string, message: string, offset?: number): void {
    this.report({
      file,
      rule,
      message,
      severity: 'error',
      ...(offset === undefined ? {} : { offset }),
    });
  }

  warn(file: string, rule: string, message: string, offset?: number): void {
    this.report({
      file,
      rule,
      message,
      severity: 'warning',
      ...(offset === undefined ? {} : { offset }),
    });
  }

  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }
}

/** Formats a diagnostic as the one line the CLI prints: `file: problem [rule]`. */
export const formatDiagnostic = (d: Diagnostic): string =>
  `${d.file}${d.offset === undefined ? '' : `@${d.offset}`}: ${d.message} [${d.rule}]`;
