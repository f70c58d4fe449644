// Photos load only from the profile sites' image hosts, and the extension pages' policy says the
// same (issue #9, item 7). Checked on the manifests the config builds for Chrome (MV3) and Firefox (MV2).
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { extensionPagesCsp, isProfilePhotoHost, PROFILE_PHOTO_HOSTS } from '../../../utils/ui/photo-hosts';

describe('isProfilePhotoHost', () => {
  it('accepts https photos on the profile sites’ image hosts', () => {
    for (const url of [
      'https://media.licdn.com/dms/image/v2/C4E03AQ/profile-displayphoto-shrink_200_200/0/1?e=1&v=beta&t=x',
      'https://media-exp1.licdn.com/dms/image/C4D03AQ/profile-displayphoto-shrink_400_400/0/1',
      'https://avatars.githubusercontent.com/u/12345?v=4',
      'https://cdn.bsky.app/img/avatar/plain/did:plc:abc/bafk@jpeg',
      'https://pbs.twimg.com/profile_images/1/abc_400x400.jpg',
      'https://secure.gravatar.com/avatar/abc?s=200',
    ]) {
      expect(isProfilePhotoHost(url), url).toBe(true);
    }
  });

  it('refuses every other host, plain http, other ports, credentials and look-alikes', () => {
    for (const url of [
      'https://photos.tracker.example/jo.jpg',
      'http://media.licdn.com/dms/image/x',
      'https://media.licdn.com:8443/x',
      'https://user:pw@media.licdn.com/x',
      'https://media.licdn.com.evil.example/x',
      'https://evil.example/media.licdn.com/x',
      'https://raw.githubusercontent.com/someone/repo/main/pixel.png',
      'data:image/png;base64,AAAA',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(isProfilePhotoHost(url), url).toBe(false);
    }
  });
});

describe('the extension pages’ Content-Security-Policy', () => {
  const imgSources = (csp: string) => csp.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'img-src')!.slice(1);

  it('allows images only from the extension, data:, blob: and the photo hosts; scripts only from the extension', () => {
    const csp = extensionPagesCsp();
    expect(imgSources(csp)).toEqual(["'self'", 'data:', 'blob:', ...PROFILE_PHOTO_HOSTS.map((host) => `https://${host}`)]);
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe|\*/);
  });

  it('is declared in the Chrome MV3 and the Firefox MV2 manifests', async () => {
    const manifestFor = async (browser: string, manifestVersion: 2 | 3) =>
      (config.manifest as (env: unknown) => Promise<Record<string, unknown>> | Record<string, unknown>)({ browser, manifestVersion, mode: 'production', command: 'build' });
    expect((await manifestFor('chrome', 3)).content_security_policy).toEqual({ extension_pages: extensionPagesCsp() });
    expect((await manifestFor('firefox', 2)).content_security_policy).toBe(extensionPagesCsp());
  });
});
