// @vitest-environment happy-dom
// "Read the profile in this tab" from the side panel: the browser hides the address of a tab the
// extension has no access to, so on LinkedIn the panel must ask for the LinkedIn permission first
// and look again (before issue #12 it said "There is no page to read in this window." instead).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaptureReview } from '../../../components/CaptureReview';

const PROFILE = 'https://www.linkedin.com/in/someone-invented/';
type TabShape = Browser.tabs.Tab;
const tab = (url?: string): TabShape => ({ id: 7, index: 0, windowId: 1, active: true, highlighted: true, pinned: false, incognito: false, url }) as TabShape;

let granted = false;
let executeScript: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  granted = false;
  // Until the permission is granted the tab's address is hidden, as Chrome and Firefox do.
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [tab(granted ? PROFILE : undefined)]);
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async () => tab(granted ? PROFILE : undefined));
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted);
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => (granted = true));
  executeScript = vi.fn(async () => [{ result: { found: false, reason: 'The invented page holds no profile.' } }]);
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Read the profile in this tab (side panel)', () => {
  it('on a tab whose address is hidden, asks for the LinkedIn permission, then reads the LinkedIn page', async () => {
    render(<CaptureReview onOpenPerson={() => {}} onCancel={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Read the profile in this tab' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Allow reading LinkedIn' }));
    await screen.findByText(/The invented page holds no profile\./);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/capture-linkedin.js'] });
    expect(screen.queryByText('There is no page to read in this window.')).toBeNull();
  });

  it('when the address stays hidden after the permission (not LinkedIn), points to the toolbar button and reads nothing', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => true);
    render(<CaptureReview onOpenPerson={() => {}} onCancel={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Read the profile in this tab' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Allow reading LinkedIn' }));
    await screen.findByText(/The side panel can read LinkedIn pages only\./);
    await waitFor(() => expect(executeScript).not.toHaveBeenCalled());
  });
});
