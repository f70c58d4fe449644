// Where a JSON text first goes wrong, found by our own scan: engines word their parse errors
// differently (some give no position at all, and some quote the file), and the mentee should be
// told the line and column in plain words. Iterative, so hostile nesting cannot overflow the stack.

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const SPACE = /[ \t\n\r]*/y;

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

/** The offset of the first character that makes `text` invalid JSON, or undefined when it is valid. */
export function jsonErrorOffset(text: string): number | undefined {
  const closers: string[] = [];
  let expect = 'value' as Expect;
  let at = 0;
  const skipSpace = () => {
    SPACE.lastIndex = at;
    SPACE.exec(text);
    at = SPACE.lastIndex;
  };
  const take = (pattern: RegExp): boolean => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) return false;
    at = pattern.lastIndex;
    return true;
  };
  const afterValue = () => (expect = closers.length ? 'comma-or-close' : 'end');
  /** Reads a string at `at`; on failure returns where it goes wrong (the end, when it is cut off). */
  const string = (): number | undefined => {
    for (let i = at + 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        at = i + 1;
        return undefined;
      }
      if (c < 0x20) return i;
      if (c === 92) {
        const next = text[i + 1];
        if (next === undefined) return text.length;
        if (next === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]*$/.test(hex)) return i;
          if (hex.length < 4) return text.length;
          i += 5;
        } else if ('"\\/bfnrt'.includes(next)) i++;
        else return i;
      }
    }
    return text.length;
  };
  /** A literal cut off at the end ("tr") is a cut-off file, not a damaged one. */
  const cutLiteral = () => at < text.length && ['true', 'false', 'null'].some((word) => word.startsWith(text.slice(at)));

  for (;;) {
    skipSpace();
    if (at >= text.length) return expect === 'end' ? undefined : text.length;
    const char = text[at];
    switch (expect) {
      case 'end':
        return at;
      case 'colon':
        if (char !== ':') return at;
        at++;
        expect = 'value';
        continue;
      case 'comma-or-close':
        if (char === ',') {
          at++;
          expect = closers[closers.length - 1] === '}' ? 'key' : 'value';
        } else if (char === closers[closers.length - 1]) {
          at++;
          closers.pop();
          afterValue();
        } else return at;
        continue;
      case 'key':
      case 'key-or-close':
        if (expect === 'key-or-close' && char === '}') {
          at++;
          closers.pop();
          afterValue();
        } else if (char === '"') {
          const wrong = string();
          if (wrong !== undefined) return wrong;
          expect = 'colon';
        } else return at;
        continue;
      case 'value':
      case 'value-or-close':
        if (expect === 'value-or-close' && char === ']') {
          at++;
          closers.pop();
          afterValue();
        } else if (char === '{') {
          at++;
          closers.push('}');
          expect = 'key-or-close';
        } else if (char === '[') {
          at++;
          closers.push(']');
          expect = 'value-or-close';
        } else if (char === '"') {
          const wrong = string();
          if (wrong !== undefined) return wrong;
          afterValue();
        } else if (take(NUMBER) || take(LITERAL)) afterValue();
        else return cutLiteral() ? text.length : at;
        continue;
    }
  }
}
