// How much one extraction may look at, and the plain-words notes it hands back. Both are per call:
// the injected script runs once per click, the CLI once per page.
import { LIMITS } from '../limits';

/** Counts elements the extractor inspects; a count rather than a clock, so Node and a browser agree. */
export class WorkBudget {
  private used = 0;
  /** Set once a request was refused: some of the page went unread. */
  exhausted = false;

  constructor(private readonly max: number = LIMITS.nodesVisited) {}

  take(count = 1): boolean {
    if (this.used + count > this.max) {
      this.exhausted = true;
      return false;
    }
    this.used += count;
    return true;
  }

  /** The leading items of a (live or static) list that the budget still allows. */
  slice<T>(list: ArrayLike<T>, atMost = Number.POSITIVE_INFINITY): T[] {
    const out: T[] = [];
    const end = Math.min(list.length, atMost);
    for (let i = 0; i < end; i++) {
      if (!this.take()) break;
      out.push(list[i] as T);
    }
    return out;
  }
}

/** The schema keeps at most 20 notices of at most 300 characters. */
const MAX_NOTICES = 20;
const MAX_NOTICE_CHARS = 300;

export class Notices {
  private readonly list: string[] = [];

  add(text: string): void {
    const notice = text.slice(0, MAX_NOTICE_CHARS);
    if (this.list.length < MAX_NOTICES && !this.list.includes(notice)) this.list.push(notice);
  }

  all(): string[] {
    return [...this.list];
  }
}

/** What every reader of the page shares for one extraction. */
export interface ExtractContext {
  doc: Document;
  /** The address the page is shown at (http(s), or a file: address in the CLI). */
  url: string;
  budget: WorkBudget;
  notices: Notices;
}
