/**
 * The one module that imports botbuilder and botframework-connector (Microsoft archived the Bot Framework SDK in 2025; its
 * successor, the M365 Agents SDK, has a near-identical API: a move should touch only this file).
 * Everything else talks to Teams through `TeamsTransport` and plain activity shapes.
 */
import type { Activity, AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, ConversationReference, InvokeResponse } from 'botbuilder';
import { ActivityHandler, CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory, TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, ClaimsIdentity, ConnectorClient } from 'botframework-connector';
import { ConnectorFactory } from 'botframework-connector';
import type { Config } from '../../config.js';
import { ADAPTIVE_CARD } from './cards.js';

export type ConversationRef = Record<string, unknown>;

export interface InboundActivity {
  type: string;
  text: string;
  /** The sender's Entra object id: how clinicians are recognised. */
  aadObjectId: string | undefined;
  /** What is needed to reach the sender's conversation later (proactive messages). */
  ref: ConversationRef;
}

export interface CardAction {
  verb: string;
  data: Record<string, unknown>;
}

export interface TeamsLogic {
  onMessage(activity: InboundActivity, reply: (text: string) => Promise<void>): Promise<void>;
  /** Returns the card to show in place of the one clicked. */
  onCardAction(activity: InboundActivity, action: CardAction): Promise<Record<string, unknown>>;
}

export interface OutgoingMessage {
  text?: string;
  card?: Record<string, unknown>;
}

/** A delivery failure, with what the connector said about retrying. */
export class ConnectorError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryAfterMs: number | undefined,
  ) {
    super(message);
    this.name = 'ConnectorError';
  }
}

export interface HttpExchange {
  status: number;
  body: unknown;
  /** Set when the request was refused before authentication was tried (why, as an error code). */
  refused?: 'teams_not_configured' | 'service_url_not_allowed';
}

/** Whether a serviceUrl is on this machine: the only kind the unauthenticated emulator mode talks to. */
export function isLoopbackUrl(serviceUrl: unknown): boolean {
  if (typeof serviceUrl !== 'string' || !URL.canParse(serviceUrl)) return false;
  const { protocol, hostname } = new URL(serviceUrl);
  return /^https?:$/.test(protocol) && (hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname));
}

export interface TeamsTransport {
  /** Authenticates and handles one Bot Framework request. */
  handle(request: { body: unknown; headers: Record<string, string | string[] | undefined> }, logic: TeamsLogic): Promise<HttpExchange>;
  send(ref: ConversationRef, message: OutgoingMessage): Promise<string>;
  update(ref: ConversationRef, activityId: string, message: OutgoingMessage): Promise<void>;
}

function toActivity(message: OutgoingMessage) {
  if (message.card) return MessageFactory.attachment(CardFactory.adaptiveCard(message.card), message.text);
  return MessageFactory.text(message.text ?? '');
}

/**
 * What is needed to message the sender later. The incoming activity's id is left out: it changes
 * with every message, and a proactive message is not a reply to it.
 */
function proactiveReference(a: Activity): ConversationRef {
  const { activityId: _activityId, ...ref } = TurnContext.getConversationReference(a);
  return ref as ConversationRef;
}

function inbound(context: TurnContext): InboundActivity {
  const a = context.activity;
  return {
    type: a.type,
    text: (a.text ?? '').trim(),
    aadObjectId: a.from?.aadObjectId,
    ref: proactiveReference(a),
  };
}

class Handler extends ActivityHandler {
  constructor(private readonly logic: TeamsLogic) {
    super();
    this.onMessage(async (context, next) => {
      await this.logic.onMessage(inbound(context), async (text) => {
        await context.sendActivity(MessageFactory.text(text));
      });
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const action = value.action as { verb?: string; data?: Record<string, unknown> } | undefined;
    const card = await this.logic.onCardAction(inbound(context), { verb: action?.verb ?? '', data: action?.data ?? {} });
    return { statusCode: 200, type: ADAPTIVE_CARD, value: card };
  }
}

function connectorError(err: unknown): ConnectorError {
  const e = err as { statusCode?: number; response?: { headers?: { get?(n: string): string | undefined } }; message?: string; code?: string };
  const status = e.statusCode;
  const retryAfter = e.response?.headers?.get?.('retry-after');
  const seconds = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
  return new ConnectorError(status ? `connector answered ${status}` : `connector unreachable (${e.code ?? 'error'})`, status, seconds !== undefined ? seconds * 1000 : undefined);
}

/** How long one call to the Bot Connector may take before it counts as failed (and is retried by the outbox). */
const CONNECTOR_TIMEOUT_MS = 15_000;

interface Pipeline {
  removePolicy(options: { phase?: string }): unknown;
  addPolicy(policy: { name: string; sendRequest(request: { timeout: number }, next: (r: unknown) => Promise<unknown>): Promise<unknown> }): void;
}

/**
 * The connector client's HTTP pipeline (@azure/core-rest-pipeline) retries 5xx itself and sleeps
 * out Retry-After inside the call: a throttled card would hold the paging loop for as long as Teams
 * asks. Our outbox retries durably and without blocking, so the pipeline's own retries are removed
 * and every call gets a timeout. (The compat layer ignores `noRetryPolicy`.)
 */
function withoutInternalRetries(client: ConnectorClient): ConnectorClient {
  const pipeline = (client as unknown as { client?: { pipeline?: Pipeline } }).client?.pipeline;
  if (pipeline) {
    pipeline.removePolicy({ phase: 'Retry' });
    pipeline.addPolicy({
      name: 'companionTimeout',
      sendRequest(request, next) {
        request.timeout = request.timeout || CONNECTOR_TIMEOUT_MS;
        return next(request);
      },
    });
  }
  return client;
}

class OutboxRetriedConnectors extends ConnectorFactory {
  constructor(private readonly inner: ConnectorFactory) {
    super();
  }
  override async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return withoutInternalRetries(await this.inner.create(serviceUrl, audience));
  }
}

class Authentication extends ConfigurationBotFrameworkAuthentication {
  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new OutboxRetriedConnectors(super.createConnectorFactory(claimsIdentity));
  }
}

class Adapter extends CloudAdapter {
  /** Runs a turn for a request already authenticated by the caller. */
  runAuthenticated(auth: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

export function createTeamsTransport(config: Config): TeamsTransport {
  const auth = new Authentication({
    MicrosoftAppId: config.MICROSOFT_APP_ID ?? '',
    MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD ?? '',
    MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID ?? '',
    MicrosoftAppType: config.MICROSOFT_APP_ID ? config.MICROSOFT_APP_TYPE : '',
  });
  const adapter = new Adapter(auth);
  const appId = config.MICROSOFT_APP_ID ?? '';
  adapter.onTurnError = async (_context, error) => {
    // Thrown by our logic inside a turn: surfaced to handle() (and the route answers 500 without details).
    throw error;
  };

  async function withConversation(ref: ConversationRef, fn: (context: TurnContext) => Promise<void>): Promise<void> {
    try {
      await adapter.continueConversationAsync(appId, ref as Partial<ConversationReference>, fn);
    } catch (err) {
      throw connectorError(err);
    }
  }

  // Without an app id botbuilder skips authentication; that is allowed only when asked for
  // (TEAMS_EMULATOR, refused in production) and then only with a serviceUrl on this machine, so
  // nobody can make the service call a URL of their choosing or redirect clinicians' cards.
  const emulator = !config.MICROSOFT_APP_ID;
  return {
    async handle(request, logic) {
      const activity = request.body as Activity;
      if (emulator && !config.TEAMS_EMULATOR) return { status: 401, body: undefined, refused: 'teams_not_configured' };
      if (emulator && !isLoopbackUrl(activity.serviceUrl)) return { status: 403, body: undefined, refused: 'service_url_not_allowed' };
      const header = request.headers.authorization;
      let authenticated: AuthenticateRequestResult;
      try {
        // botbuilder answers 500 for some bad tokens (an invalid signature); any failure here is a 401.
        authenticated = await auth.authenticateRequest(activity, typeof header === 'string' ? header : '');
      } catch {
        return { status: 401, body: undefined };
      }
      const invoke = await adapter.runAuthenticated(authenticated, activity, (context) => new Handler(logic).run(context));
      return { status: invoke?.status ?? 200, body: invoke?.body };
    },
    async send(ref, message) {
      if (emulator && !isLoopbackUrl(ref.serviceUrl)) throw new ConnectorError('the emulator mode only sends to a loopback serviceUrl', 403, undefined);
      let id = '';
      await withConversation(ref, async (context) => {
        id = (await context.sendActivity(toActivity(message)))?.id ?? '';
      });
      return id;
    },
    async update(ref, activityId, message) {
      if (emulator && !isLoopbackUrl(ref.serviceUrl)) throw new ConnectorError('the emulator mode only sends to a loopback serviceUrl', 403, undefined);
      await withConversation(ref, async (context) => {
        await context.updateActivity({ ...toActivity(message), id: activityId });
      });
    },
  };
}
