import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../bot/config.js';
import { teamsManifest, teamsPackage } from './teams-manifest.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';

function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset);
  return [view.getUint32(16), view.getUint32(20)];
}

describe('Teams app package', () => {
  it('holds a manifest for the configured bot and the two icons Teams requires', () => {
    const config = testConfig({ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'x', MICROSOFT_APP_TENANT_ID: 't', PUBLIC_URL: 'https://companion.example-clinic.org', CLINIC_NAME: 'Riverside' });
    const files = unzipSync(teamsPackage(config));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { id: string; bots: Array<{ botId: string; scopes: string[] }>; validDomains: string[]; manifestVersion: string };
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]).toMatchObject({ botId: APP_ID, scopes: ['personal'] });
    expect(manifest.validDomains).toEqual(['companion.example-clinic.org']);
    expect(pngSize(files['color.png']!)).toEqual([192, 192]);
    expect(pngSize(files['outline.png']!)).toEqual([32, 32]);
  });

  it('refuses to build without an app id', () => {
    expect(() => teamsManifest(testConfig())).toThrow(/MICROSOFT_APP_ID/);
  });
});
