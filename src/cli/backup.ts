// `npm run backup -- <file>`: an online backup of the bot's database (DATABASE_PATH) to <file>.
import { loadConfig } from "../config.ts";
import { backupDatabase } from "../store/backup.ts";

const destination = process.argv[2];
if (!destination) {
  process.stderr.write(
    "Usage: npm run backup -- <file>   e.g. npm run backup -- backups/konspekt-2026-01-31.sqlite\n",
  );
  process.exit(1);
}
const { databasePath } = loadConfig({ requireToken: false });
try {
  const pages = await backupDatabase(databasePath, destination);
  process.stdout.write(`Backed up ${databasePath} to ${destination} (${pages} pages).\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
