// Exports of a case, a dispute or a source: GET /<what>/:id/export.:format[?drafts=1].
// HTML opens in the browser; every other format downloads as an attachment.
import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { Config } from '../config';
import type { Db } from '../../db/connection';
import type { ExportScope } from '../../db/reports';
import { roleAtLeast } from '../auth/roles';
import { HttpError } from '../errors';
import { parseId } from '../lib/params';
import { reportContentSecurityPolicy } from '../reports/html';
import { assertScopeExists, exportFileName, FORMAT_INFO, FORMATS, writeExport } from '../services/export';

const querySchema = z.object({
  format: z.enum(FORMATS),
  drafts: z.enum(['0', '1']).default('0').transform((v) => v === '1'),
});

/** GET /cases/:id/export.:format, /disputes/:id/export.:format, /sources/:id/export.:format */
export function exportReport(db: Db, config: Config, type: ExportScope['type']): RequestHandler {
  return async (req, res) => {
    const scope: ExportScope = { type, id: parseId(req.params.id) };
    const parsed = querySchema.safeParse({ format: req.params.format, drafts: req.query.drafts });
    if (!parsed.success) throw new HttpError(404, 'There is no export in that format. Choose HTML, PDF, Markdown, CSV, JSON or ClaimReview.');
    const { format, drafts } = parsed.data;
    // Draft verdicts are reviewers' working judgements (often blind to each other): not for viewers.
    if (drafts && !roleAtLeast(req.user!.role, 'reviewer')) throw new HttpError(403, 'Draft verdicts are shown to reviewers only.');
    // Streaming formats send headers before the first row: a missing row must 404 first.
    await assertScopeExists(db, scope);
    res.type(FORMAT_INFO[format].type);
    if (format === 'html') res.setHeader('Content-Security-Policy', reportContentSecurityPolicy());
    else res.attachment(exportFileName(scope, format));
    try {
      await writeExport(db, config, scope, format, res, { drafts });
    } catch (err) {
      // Mid-stream, a clean end would hand the user a truncated file that looks complete:
      // break the connection so the download visibly fails.
      if (res.headersSent) res.destroy();
      throw err;
    }
  };
}
