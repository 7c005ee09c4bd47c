import postgres from 'postgres';

/**
 * Databases of one benchmark run on a PostgreSQL server, as the PGlite lane has data folders: a
 * template that the first start migrates and fills with the library, then a copy of it for each
 * part, so one part's leftover work (hundreds of turns still pending after an acknowledgement
 * flood, escalations still paging) never runs under the next part's measurement. All are dropped
 * at the end. When the role may not create databases, every part uses the given one (`shared`).
 */
export interface ServerDatabases {
  /** The URL the first start migrates. */
  template: string;
  /** A new database copied from the template (the template itself when shared). */
  copy(): Promise<string>;
  /** Why the parts share one database, or null when each has its own. */
  shared: string | null;
  dropAll(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function serverDatabases(url: string): Promise<ServerDatabases> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const prefix = `cbt_bench_${process.pid}_${Date.now().toString(36)}`;
  const created: string[] = [];
  const template = `${prefix}_tpl`;
  try {
    await admin.unsafe(`create database ${template}`);
    created.push(template);
  } catch (err) {
    await admin.end({ timeout: 5 });
    const why = err instanceof Error ? err.message : String(err);
    return { template: url, copy: async () => url, shared: `could not create a database for the run (${why})`, dropAll: async () => {} };
  }
  return {
    template: withDatabase(url, template),
    shared: null,
    async copy() {
      const name = `${prefix}_${created.length}`;
      await admin.unsafe(`create database ${name} template ${template}`);
      created.push(name);
      return withDatabase(url, name);
    },
    async dropAll() {
      // The template last: the copies were made from it.
      for (const name of created.reverse()) await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
      await admin.end({ timeout: 5 });
    },
  };
}
