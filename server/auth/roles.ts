// Roles are ordered: each one can do everything the one before it can.
//   viewer   read only
//   reviewer create and edit cases, articles, claims, sources, disputes; record own verdicts
//   editor   also merge sources, adjudicate and publish verdicts
//   admin    also manage users and read the audit log

export const ROLES = ['viewer', 'reviewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** True when `role` may do what `required` may. */
export function roleAtLeast(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

/** The role just below `role`, or undefined for viewer. */
export function roleBelow(role: Role): Role | undefined {
  return ROLES[ROLES.indexOf(role) - 1];
}
