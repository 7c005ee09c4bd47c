import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import type { Config } from '../bot/config.js';
import { ConfigError, loadConfig } from '../bot/config.js';
import { drawIcon } from './png.js';

const ACCENT: [number, number, number] = [43, 95, 217];

/** The Teams app manifest (schema 1.17) for the escalation bot: personal scope, with its commands. */
export function teamsManifest(config: Config, version = '1.0.0'): Record<string, unknown> {
  const appId = config.MICROSOFT_APP_ID;
  if (!appId) throw new ConfigError('MICROSOFT_APP_ID is required to build the Teams app package');
  const site = config.PUBLIC_URL ?? 'https://example.org';
  const host = new URL(site).host;
  const clinic = config.CLINIC_NAME ?? 'Clinic';
  return {
    $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json',
    manifestVersion: '1.17',
    version,
    id: appId,
    developer: { name: clinic, websiteUrl: site, privacyUrl: site, termsOfUseUrl: site },
    name: { short: `${config.BOT_NAME} on call`.slice(0, 30), full: `${config.BOT_NAME}: on-call escalations for ${clinic}`.slice(0, 100) },
    description: {
      short: 'On-call escalations from the CBT companion: acknowledge, take over, resolve.'.slice(0, 80),
      full: `Pages the on-call clinicians of ${clinic} when a patient talking to the CBT companion may be in crisis. Acknowledge a case, take over the conversation from this chat (your messages reach the patient by SMS or web chat), hand back to the bot, and resolve with an outcome.`,
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: `#${ACCENT.map((c) => c.toString(16).padStart(2, '0')).join('')}`,
    bots: [
      {
        botId: appId,
        scopes: ['personal'],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [
          {
            scopes: ['personal'],
            commands: [
              { title: 'help', description: 'What this bot does and how to use the cards' },
              { title: 'on call?', description: 'Who is on call now, by tier' },
              { title: 'my open cases', description: 'Escalations you own and ones waiting for someone' },
            ],
          },
        ],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [host],
  };
}

/** The zip Teams accepts for upload: manifest.json, color.png (192×192), outline.png (32×32). */
export function teamsPackage(config: Config): Uint8Array {
  const manifest = teamsManifest(config);
  return zipSync({
    'manifest.json': new TextEncoder().encode(JSON.stringify(manifest, null, 2)),
    'color.png': drawIcon(192, [255, 255, 255], ACCENT),
    'outline.png': drawIcon(32, [255, 255, 255], null),
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const config = loadConfig();
    const dir = 'teams-app';
    mkdirSync(dir, { recursive: true });
    const zip = teamsPackage(config);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(teamsManifest(config), null, 2));
    writeFileSync(join(dir, 'companion-teams.zip'), zip);
    console.log(`wrote ${join(dir, 'companion-teams.zip')} (${zip.length} bytes): upload it in Teams → Apps → Manage your apps → Upload an app`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
