import twilio from 'twilio';

/**
 * Twilio signs the public URL it called (with its query string) and the posted form fields. The
 * app sees its own path behind proxies, so the URL is rebuilt from PUBLIC_URL + the request path.
 */
export function twilioSignatureValid(authToken: string, publicUrl: string, requestUrl: string, signature: string | undefined, form: Record<string, unknown>): boolean {
  if (!signature) return false;
  const url = publicUrl.replace(/\/+$/, '') + requestUrl;
  return twilio.validateRequest(authToken, signature, url, form);
}
