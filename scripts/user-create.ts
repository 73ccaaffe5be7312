// `npm run user:create -- --email E --name N --role R`: creates an account. The password
// is read from standard input (typed without echo on a terminal, or piped), never from
// the command line, where it would end up in shell history and process lists.
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../server/auth/roles';
import { loadConfig } from '../server/config';
import { validateForm } from '../server/lib/forms';
import { newUserSchema } from '../server/schemas/users';
import { createUser } from '../server/services/users';
import { HttpError } from '../server/errors';
import { openDatabase } from './lib/database';
import { runMain } from './lib/run';

const HELP = `Usage: npm run user:create -- --email EMAIL --name "DISPLAY NAME" --role ROLE
Roles: ${ROLES.join(', ')}.
The password (at least 12 characters) is read from standard input:
  typed at the prompt, or piped:  printf '%s\\n' "$PASSWORD" | npm run user:create -- ...
Uses DATABASE_URL, or the embedded database in DATA_DIR when it is unset (stop the app first).
`;

/** Reads one line from stdin; on a terminal the typed characters are not echoed. */
async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (stdin.isTTY) process.stderr.write('Password: ');
  return new Promise((resolve, reject) => {
    let buf = '';
    if (stdin.isTTY) stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    const done = () => {
      if (stdin.isTTY) {
        stdin.setRawMode(false);
        process.stderr.write('\n');
      }
      stdin.pause();
      resolve(buf.replace(/\r?\n$/, ''));
    };
    stdin.on('data', (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\u0003') return reject(new Error('cancelled'));
        if (ch === '\n' || ch === '\r') return done();
        if (ch === '\u007f') buf = buf.slice(0, -1);
        else buf += ch;
      }
    });
    stdin.on('end', done);
    stdin.on('error', reject);
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const password = await readPassword();
  const form = validateForm(newUserSchema, { email: values.email ?? '', displayName: values.name ?? '', role: values.role ?? '', password });
  if (!form.ok) {
    for (const [field, msg] of Object.entries(form.errors)) process.stderr.write(`${field === 'displayName' ? 'name' : field}: ${msg}\n`);
    process.stderr.write(`\n${HELP}`);
    return 2;
  }
  const { db, close } = await openDatabase(loadConfig());
  try {
    const user = await createUser(db, { ...form.data, role: form.data.role as Role }, { userId: null, requestId: 'cli' });
    process.stdout.write(`Created ${user.role} ${user.display_name} <${user.email}> (id ${user.id}).\n`);
    return 0;
  } catch (err) {
    if (err instanceof HttpError) {
      process.stderr.write(`${Object.values(err.fields).join(' ') || err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await close();
  }
}

runMain(main);
