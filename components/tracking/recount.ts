import { sendToBackground } from '../../utils/messaging/protocol';

/**
 * Asks the background to recount the toolbar badge (and notify) after a tracking change. Not
 * awaited by callers: the change is already stored, and a background that is restarting will
 * recount on its next alarm anyway.
 */
export function recountFollowUps(): void {
  sendToBackground('page→background:check-follow-ups', {}).catch(() => {});
}
