import { describe, expect, it } from 'vitest';
import { readPageParams } from '@/components/registration/page-params';

const at = (search: string, hash = '') => readPageParams({ search, hash });

describe('registrants page parameters', () => {
  it('reads the meeting or webinar', () => {
    expect(at('?meeting=81000000002').target).toEqual({
      provider: 'zoom',
      kind: 'meeting',
      id: '81000000002',
    });
    expect(at('?webinar=92000000001').target).toEqual({
      provider: 'zoom',
      kind: 'webinar',
      id: '92000000001',
    });
    expect(at('?meeting=abc').target).toBeUndefined();
  });

  it('reads a Webex meeting by its hex id, and refuses unknown providers and odd ids', () => {
    const id = '5b1e0a8c9d2f4e6a8b0c1d2e3f405162';
    expect(at(`?provider=webex&meeting=${id}`).target).toEqual({ provider: 'webex', kind: 'meeting', id });
    expect(at('?provider=webex&meeting=../me').target).toBeUndefined();
    expect(at('?provider=teams&meeting=81000000002').target).toBeUndefined();
  });

  it("turns the menu's JSON list of people into editable lines", () => {
    const list = [{ email: 'ada@x.org', firstName: 'Ada', lastName: 'Lovelace' }, { email: 'g@x.org' }];
    const hash = `#people=${encodeURIComponent(JSON.stringify(list))}`;
    expect(at('', hash).people).toBe('Ada Lovelace <ada@x.org>\ng@x.org');
  });

  it('takes plain text as it is, and ignores what cannot be decoded', () => {
    expect(at('', `#people=${encodeURIComponent('a@x.org, b@x.org')}`).people).toBe('a@x.org, b@x.org');
    expect(at('', '#people=%E0%A4%A').people).toBeUndefined();
  });

  it('reads a job id and refuses odd ones', () => {
    expect(at('?job=0b7c-11').jobId).toBe('0b7c-11');
    expect(at('?job=<script>').jobId).toBeUndefined();
  });
});
