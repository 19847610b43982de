// A size budget for rendered reports: parts are appended in priority order while they fit, so the
// least important ones are the ones dropped. `measure` is the unit the platform counts in.

export class Budget {
  private readonly parts: string[] = [];
  private used = 0;

  constructor(
    private readonly limit: number,
    private readonly measure: (s: string) => number = (s) => s.length,
  ) {}

  get remaining(): number {
    return this.limit - this.used;
  }

  /** Appends `part` (plus a separating newline) when it fits; returns whether it did. */
  tryAdd(part: string): boolean {
    const cost = this.measure(part) + 1;
    if (cost > this.remaining) return false;
    this.parts.push(part);
    this.used += cost;
    return true;
  }

  /** Reserves room now for something appended at the end (footer, omission notes). */
  reserve(n: number): void {
    this.used += n;
  }

  release(n: number): void {
    this.used -= n;
  }

  text(): string {
    return this.parts.join('\n');
  }
}

/** UTF-8 byte length (the job summary's 1 MiB limit counts bytes). */
export const utf8Length = (s: string): number => new TextEncoder().encode(s).length;
