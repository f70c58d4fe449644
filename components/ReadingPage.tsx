/**
 * Shown while a page is being read. Reading can take seconds on a huge page, and a page whose main
 * thread is stuck never answers (the capture gives up after CAPTURE_DEADLINE_MS): the way out, to
 * enter the person by hand, is offered from the first moment (issue #9, item 8).
 */
export function ReadingPage({ onEnterByHand }: { onEnterByHand: () => void }) {
  return (
    <div className="stack">
      <p role="status">Reading this page…</p>
      <div className="row">
        <button type="button" onClick={onEnterByHand}>
          Enter by hand
        </button>
      </div>
    </div>
  );
}
