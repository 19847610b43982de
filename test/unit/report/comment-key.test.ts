import { describe, expect, it } from 'vitest';
import { commentMarker, renderComment, withCommentMarker } from '../../../src/app/gate/render.js';
import type { GateReport } from '../../../src/core/gate/report.js';
import { PR_COMMENT_MARKER } from '../../../src/core/report/pr-comment.js';

describe('comment keys', () => {
  it('derive distinct markers that cannot close the HTML comment or prefix each other; the default keeps the plain one', () => {
    expect(commentMarker('evalgate.yml')).toBe(PR_COMMENT_MARKER);
    const a = commentMarker('evals/a.yml');
    const b = commentMarker('evals/a.yml2');
    expect(a).toBe('<!-- evalgate:pr-comment key=evals%2Fa.yml -->');
    expect(b.includes(a)).toBe(false);
    expect(a.includes(PR_COMMENT_MARKER)).toBe(false);
    const hostile = commentMarker('x --> <img src=x> <!--');
    expect(hostile.slice(4, -4)).not.toMatch(/-->|<|>/);
    expect(commentMarker('k'.repeat(1000)).length).toBeLessThan(260);
  });

  it('put the key marker in place of the plain one, once, within the size limit', () => {
    const m = commentMarker('nightly');
    expect(withCommentMarker(`${PR_COMMENT_MARKER}\nbody`, m)).toBe(`${m}\nbody`);
    expect(withCommentMarker(`${m}\nbody`, m)).toBe(`${m}\nbody`);
    expect(withCommentMarker('body', PR_COMMENT_MARKER)).toBe('body');
    const report: GateReport = { verdict: 'pass', suites: [], unselected: [], costCapHit: false };
    const body = renderComment(report, {}, m);
    expect(body.split('\n')[0]).toBe(m);
    expect(body.split(m)).toHaveLength(2);
    expect(body).not.toContain(PR_COMMENT_MARKER);
  });
});
