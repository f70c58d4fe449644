// What Copy does with the editor's text: refuse what cannot be sent, ask before what a reader
// would mark down, copy the rest.
import { describe, expect, it } from 'vitest';
import { copyVerdict } from '../../../components/drafting/copy-gate';

const ok = { id: 'fact' as const, ok: true, message: 'Mentions "Acme".' };
const soft = { id: 'wording' as const, ok: false, message: '"Backend engineer." reads as a fragment.' };

describe('copyVerdict', () => {
  it('refuses nothing to copy, a placeholder, and a hard length overrun, saying what to fix', () => {
    expect(copyVerdict('', '', 'message', false, [])).toMatchObject({ kind: 'refused', message: expect.stringMatching(/own words/) });
    expect(copyVerdict('Hi Clare, {admiration} Open to a call?', '', 'connection-note', false, [])).toMatchObject({ kind: 'refused', message: expect.stringMatching(/replace \{admiration\}/) });
    expect(copyVerdict('x'.repeat(201), '', 'connection-note', false, [])).toMatchObject({ kind: 'refused', message: expect.stringMatching(/1 character over the 200-character limit/) });
    expect(copyVerdict('x'.repeat(201), '', 'connection-note', true, []).kind).toBe('ok');
    expect(copyVerdict('Hello', 's'.repeat(201), 'inmail', false, []).kind).toBe('refused');
  });

  it('asks before copying a draft with a failing soft check, and copies a clean one', () => {
    expect(copyVerdict('x'.repeat(450), '', 'message', false, [ok, soft])).toMatchObject({ kind: 'soft', message: expect.stringMatching(/fragment/) });
    expect(copyVerdict('Hi Dana, a short note.', '', 'message', false, [ok]).kind).toBe('ok');
  });
});
