/**
 * The one module that imports botbuilder (Microsoft archived the Bot Framework SDK in 2025; its
 * successor, the M365 Agents SDK, has a near-identical API: a move should touch only this file).
 * Everything else talks to Teams through `TeamsTransport` and plain activity shapes.
 */
import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, ConversationReference } from 'botbuilder';
import { ActivityHandler, CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory, TurnContext } from 'botbuilder';
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

function inbound(context: TurnContext): InboundActivity {
  const a = context.activity;
  return {
    type: a.type,
    text: (a.text ?? '').trim(),
    aadObjectId: a.from?.aadObjectId,
    ref: TurnContext.getConversationReference(a) as ConversationRef,
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

export function createTeamsTransport(config: Config): TeamsTransport {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MICROSOFT_APP_ID ?? '',
    MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD ?? '',
    MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID ?? '',
    MicrosoftAppType: config.MICROSOFT_APP_ID ? config.MICROSOFT_APP_TYPE : '',
  });
  const adapter = new CloudAdapter(auth);
  const appId = config.MICROSOFT_APP_ID ?? '';
  adapter.onTurnError = async (_context, error) => {
    // Thrown by our logic inside a turn: surfaced to handle() as a 500 without the message.
    throw error;
  };

  async function withConversation(ref: ConversationRef, fn: (context: TurnContext) => Promise<void>): Promise<void> {
    try {
      await adapter.continueConversationAsync(appId, ref as Partial<ConversationReference>, fn);
    } catch (err) {
      throw connectorError(err);
    }
  }

  return {
    async handle(request, logic) {
      let status = 200;
      let body: unknown;
      const res = {
        socket: null,
        status(code: number) {
          status = code;
          return res;
        },
        header() {
          return res;
        },
        send(payload: unknown) {
          body = payload;
          return res;
        },
        end() {
          return res;
        },
      };
      await adapter.process({ body: request.body as Record<string, unknown>, headers: request.headers, method: 'POST' }, res, (context) => new Handler(logic).run(context));
      return { status, body };
    },
    async send(ref, message) {
      let id = '';
      await withConversation(ref, async (context) => {
        id = (await context.sendActivity(toActivity(message)))?.id ?? '';
      });
      return id;
    },
    async update(ref, activityId, message) {
      await withConversation(ref, async (context) => {
        await context.updateActivity({ ...toActivity(message), id: activityId });
      });
    },
  };
}
