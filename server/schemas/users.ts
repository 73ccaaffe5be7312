// Form schemas for sign-in, first-run setup and user administration.
import { z } from 'zod';
import { ROLES } from '../auth/roles';

const email = z.string().trim().toLowerCase().min(1, 'Enter an email address.').max(254, 'That email is too long.')
  .regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'Enter an email address like name@example.org.');
const displayName = z.string().trim().min(1, 'Enter a name.').max(200, 'Keep the name under 200 characters.');
const newPassword = z.string().min(12, 'Use at least 12 characters.').max(512, 'Keep the password under 512 characters.');

export const signInSchema = z.object({
  email: z.string().trim().min(1, 'Enter your email address.').max(254),
  password: z.string().min(1, 'Enter your password.').max(512),
  next: z.string().optional(),
});

export const firstAdminSchema = z
  .object({ email, displayName, password: newPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two passwords differ.' });

export const newUserSchema = z.object({
  email,
  displayName,
  role: z.enum(ROLES, 'Choose a role.'),
  password: newPassword,
});

export const changeUserSchema = z.object({
  version: z.coerce.number().int().min(1),
  role: z.enum(ROLES).optional(),
  disabled: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
});

export const auditFilterSchema = z.object({
  user: z.coerce.number().int().positive().optional().catch(undefined),
  entity: z.string().max(50).regex(/^[a-z_]*$/).optional().catch(undefined),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).default(1).catch(1),
});

/** A same-site path to return to after sign-in; anything else goes home. */
export function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/';
}
