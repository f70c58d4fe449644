import { describe, expect, it } from 'vitest';
import { initialLayout, layoutAfterStatus, sectionPlan } from '../../../components/person/sections';
import { statusSchema } from '../../../utils/schema/status';

describe('the order of a person’s page', () => {
  it('opens on drafting before a request is sent', () => {
    expect(sectionPlan('saved').open[0]).toBe('drafting');
    expect(sectionPlan('drafted').open[0]).toBe('drafting');
  });

  it('opens on the outreach (replies, follow-ups) once the request is out, with drafting one click away', () => {
    for (const status of ['sent', 'no-reply', 'replied', 'declined'] as const) {
      expect(sectionPlan(status).open[0]).toBe('outreach');
      expect(sectionPlan(status).closed).toContain('drafting');
    }
    expect(sectionPlan('replied').open).toContain('meetings');
  });

  it('opens on meetings once they meet, drafting closed', () => {
    for (const status of ['meeting-scheduled', 'mentoring'] as const) {
      expect(sectionPlan(status).open.slice(0, 2)).toEqual(['meetings', 'outreach']);
      expect(sectionPlan(status).closed).toContain('drafting');
      expect(sectionPlan(status).open).toContain('reflect');
    }
  });

  it('paused and ended open the outreach (its Resume), then the reflections (issue #13)', () => {
    expect(sectionPlan('paused').open).toEqual(['outreach', 'reflect', 'notes']);
    expect(sectionPlan('ended').open).toEqual(['outreach', 'reflect', 'notes']);
  });

  it('shows every section exactly once at every status, profile and manage always closed', () => {
    for (const status of statusSchema.options) {
      const { open, closed } = sectionPlan(status);
      expect([...open, ...closed].sort()).toEqual(['drafting', 'manage', 'meetings', 'notes', 'outreach', 'profile', 'reflect']);
      expect(closed).toEqual(expect.arrayContaining(['profile', 'manage']));
    }
  });
});

describe('a person’s page while it is open', () => {
  it('opens what the new status needs without moving or closing anything', () => {
    const before = initialLayout('saved');
    const after = layoutAfterStatus(before, 'sent');
    expect(after.order).toEqual(before.order);
    expect([...after.open]).toEqual(expect.arrayContaining(['drafting', 'outreach', 'notes']));
    const meeting = layoutAfterStatus(after, 'meeting-scheduled');
    expect(meeting.open.has('meetings')).toBe(true);
    expect(meeting.order).toEqual(before.order);
  });
});
