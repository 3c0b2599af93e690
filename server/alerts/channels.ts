import nodemailer, { type Transporter } from 'nodemailer'
import { Webhook } from 'standardwebhooks'
import { Agent, request } from 'undici'
import type { RenderedMessage } from './messages.ts'

/** One message to one recipient, as the outbox hands it over. */
export interface Outgoing {
  id: string
  kind: 'email' | 'endpoint-owner' | 'slack' | 'teams' | 'webhook'
  destination: string
  language: 'en' | 'fr'
  rendered: RenderedMessage
  /** The facts, for the signed hook's JSON (a customer's own tools read fields, not prose). */
  event: Record<string, unknown>
}

export interface ChannelOptions {
  /** `smtp://user:pass@host:port` or `smtps://…`; null: email recipients wait until one is configured. */
  smtpUrl: string | null
  from: string
  /** The account's `whsec_` secret, for the generic hook. */
  signingSecret: (accountId: string) => Promise<string>
  /** Tests trust their own certificate authority for the hooks' HTTPS. */
  ca?: string
  timeoutMs?: number
}

/** Sends one message; throws an Error whose message says why, as the server or hook answered. */
export type Send = (accountId: string, outgoing: Outgoing) => Promise<void>

export function createSender(options: ChannelOptions): { send: Send; close: () => Promise<void> } {
  const timeoutMs = options.timeoutMs ?? 10_000
  const mail: Transporter | null = options.smtpUrl
    ? nodemailer.createTransport({
        url: options.smtpUrl,
        connectionTimeout: timeoutMs,
        greetingTimeout: timeoutMs,
        socketTimeout: timeoutMs,
      } as Parameters<typeof nodemailer.createTransport>[0])
    : null
  const agent = new Agent({
    connect: { timeout: timeoutMs, ...(options.ca ? { ca: options.ca } : {}) },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  })

  async function post(url: string, body: string, headers: Record<string, string> = {}) {
    if (new URL(url).protocol !== 'https:') throw new Error('refused: the hook is not HTTPS')
    // Redirects are not followed (undici's request never does): a hook that moved is a failure to see.
    const answer = await request(url, {
      method: 'POST',
      dispatcher: agent,
      headers: { 'content-type': 'application/json', ...headers },
      body,
    })
    const text = (await answer.body.text()).slice(0, 200)
    if (answer.statusCode < 200 || answer.statusCode >= 300)
      throw new Error(`HTTP ${answer.statusCode}${text ? `: ${text}` : ''}`)
  }

  const send: Send = async (accountId, outgoing) => {
    const { rendered } = outgoing
    switch (outgoing.kind) {
      case 'email':
      case 'endpoint-owner': {
        if (!mail) throw new Error('no mail server configured (SMTP_URL)')
        await mail.sendMail({
          from: options.from,
          to: outgoing.destination,
          subject: rendered.subject,
          text: rendered.text,
          html: rendered.html,
          headers: { 'Content-Language': outgoing.language },
        })
        return
      }
      case 'slack':
        return post(outgoing.destination, JSON.stringify(slackOf(rendered)))
      case 'teams':
        return post(outgoing.destination, JSON.stringify(teamsOf(rendered)))
      case 'webhook': {
        const body = JSON.stringify(outgoing.event)
        const timestamp = new Date()
        const signature = new Webhook(await options.signingSecret(accountId)).sign(
          outgoing.id,
          timestamp,
          body,
        )
        return post(outgoing.destination, body, {
          'webhook-id': outgoing.id,
          'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
          'webhook-signature': signature,
        })
      }
    }
  }
  return {
    send,
    close: async () => {
      mail?.close()
      await agent.close()
    },
  }
}

/** Slack's incoming webhook: `text` for notifications, blocks for the message itself. */
function slackOf(rendered: RenderedMessage) {
  const [headline = '', ...rest] = rendered.lines
  return {
    text: headline,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: headline.slice(0, 150) } },
      { type: 'section', text: { type: 'mrkdwn', text: rest.join('\n\n') } },
      {
        type: 'actions',
        elements: rendered.actions.map((action) => ({
          type: 'button',
          text: { type: 'plain_text', text: action.label },
          url: action.url,
        })),
      },
    ],
  }
}

/** A Teams incoming webhook (Workflows): an Adaptive Card attachment. */
function teamsOf(rendered: RenderedMessage) {
  const [headline = '', ...rest] = rendered.lines
  return {
    type: 'message',
    summary: headline,
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: headline, weight: 'Bolder', size: 'Medium', wrap: true },
            ...rest.map((line) => ({ type: 'TextBlock', text: line, wrap: true })),
          ],
          actions: rendered.actions.map((action) => ({
            type: 'Action.OpenUrl',
            title: action.label,
            url: action.url,
          })),
        },
      },
    ],
  }
}
