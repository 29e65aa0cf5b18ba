import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Tx } from '../../db/connection.js';
import type { KeyRing } from '../crypto.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail over SMTP, or — without SMTP_URL — keeps it in the office's outbox for admins. */
export interface Mailer {
  send(tx: Tx, tenantId: string, message: MailMessage): Promise<void>;
}

export function createMailer(opts: { smtpUrl: string | undefined; from: string; keys: KeyRing }): Mailer {
  if (!opts.smtpUrl) return new OutboxMailer(opts.keys);
  const transport = nodemailer.createTransport(opts.smtpUrl);
  return {
    async send(_tx, _tenantId, message) {
      await transport.sendMail({
        from: opts.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
    },
  };
}

class OutboxMailer implements Mailer {
  constructor(private readonly keys: KeyRing) {}
  async send(tx: Tx, tenantId: string, message: MailMessage): Promise<void> {
    const id = randomUUID();
    await tx
      .insertInto('mail_outbox')
      .values({
        tenant_id: tenantId,
        id,
        recipient: message.to,
        subject: message.subject,
        body_enc: await this.keys.encrypt(tx, tenantId, message.text, `mail:${id}`),
      })
      .execute();
  }
}

export const MAIL_JOB = 'mail.send';
