import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { openSidePanel } from '../../utils/ui/side-panel';
import { listenToCommands } from './commands';
import { openWelcomeOnInstall } from './first-run';
import { createContextMenu, listenToContextMenu } from './context-menu';
import { checkFollowUps, ensureAlarms, HOURLY_ALARM, NEXT_ALARM } from './follow-ups';
import { listenToMessages } from './messages';

/**
 * The background owns what no page can: the context menu, the side panel's shortcut, and the
 * follow-up alarms with the toolbar badge and notifications. It never reads a page on its own.
 */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener((details) => {
    void openWelcomeOnInstall(details).catch(() => {});
    createContextMenu();
    void ensureAlarms().then(() => checkFollowUps());
  });
  browser.runtime.onStartup.addListener(() => {
    void ensureAlarms().then(() => checkFollowUps());
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === HOURLY_ALARM || alarm.name === NEXT_ALARM) void checkFollowUps();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== 'mentor-scout-due') return;
    void browser.windows.getLastFocused().then((w) => {
      if (w.id !== undefined) openSidePanel(w.id, { view: 'today' }).catch(() => {});
    });
  });
  listenToContextMenu();
  listenToCommands();
  listenToMessages({
    'page→background:check-follow-ups': () => checkFollowUps(),
  });
});
